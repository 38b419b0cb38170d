/**
 * Translation shapes for languages without a singular form. Indonesian and Vietnamese have one
 * plural category (`Intl.PluralRules(…).resolvedOptions().pluralCategories` is `['other']`), so
 * i18next only ever looks up `key_other` there: their files leave out every `_one` key, and a
 * stray one is a type error rather than a dead string.
 */
export type OtherOnly<T> = {
  [K in keyof T as K extends `${string}_one` ? never : K]: T[K] extends string ? string : OtherOnly<T[K]>;
};
