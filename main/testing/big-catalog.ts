/**
 * Test support: a realistic large catalog.csv (the demo shop's columns, varied names, quoted
 * descriptions with commas), about 180 bytes a row — 20 000 rows are about 3.6 MB.
 */
const KINDS = ['Monstera', 'Ficus lyrata', 'Pothos', 'Calathea', 'Snake plant', 'Fern', 'Cactus', 'Orchid', 'Peace lily', 'Aloe vera'];
const POTS = ['12 cm nursery pot', '15 cm clay pot', '20 cm ceramic pot', 'hanging basket'];
const TAGS = ['indoor|planta|bright-indirect', 'low-light|beginner', 'outdoor|sun|drought', 'pet-safe|humid'];

/** The CSV text of a catalog with `rows` products (header included). */
export function bigCatalogCsv(rows: number): string {
  const lines = ['sku,name,description,price,currency,stock,options,tags'];
  for (let i = 1; i <= rows; i++) {
    const kind = KINDS[i % KINDS.length]!;
    const sku = `BG-${String(i).padStart(5, '0')}`;
    const description = `"${kind} number ${i}, about ${20 + (i % 60)} cm tall, in a ${POTS[i % POTS.length]}; easy care, water weekly, glossy healthy leaves."`;
    const price = (99 + (i % 900) + 0.5).toFixed(2);
    lines.push(`${sku},${kind} ${i},${description},${price},MXN,${i % 40},size:S|M|L,${TAGS[i % TAGS.length]}`);
  }
  return `${lines.join('\n')}\n`;
}
