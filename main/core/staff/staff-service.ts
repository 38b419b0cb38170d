/**
 * Staff: the people who use the app, their roles and PINs, and who is at the desk now. Every
 * person's action in the audit log carries the current operator's name; the `operatorName`
 * setting mirrors it, so the shells and older code read the same name.
 */
import type { StaffList, StaffMember, StaffRole } from '../../contract/staff-schemas';
import type { AuditLog } from '../audit/audit-log';
import { AppError } from '../platform/errors';
import type { Clock, SettingsStore } from '../platform/ports';
import type { Database } from '../storage/database';
import { transaction } from '../storage/database';
import { hashPin, verifyPin } from './pin';

/** Wrong PINs in a row before a person is locked for `LOCK_MS`. */
export const MAX_PIN_TRIES = 5;
/** How long a person stays locked after too many wrong PINs. */
export const LOCK_MS = 5 * 60_000;

type StaffRow = {
  id: number;
  name: string;
  role: StaffRole;
  pin_hash: string | null;
  pin_salt: string | null;
  failed_tries: number;
  locked_until: number | null;
};

/** Collaborators of the staff service. */
export type StaffDeps = { db: Database; clock: Clock; audit: AuditLog; settings: SettingsStore };

/** What a person changes about someone (`pin: null` clears it). */
export type StaffChange = { name?: string; role?: StaffRole; pin?: string | null };

/** People, roles, PINs and the current operator. */
export class StaffService {
  constructor(private readonly deps: StaffDeps) {}

  /**
   * Makes sure someone is at the desk: an install from before staff existed (or a fresh one)
   * gets its operator name as its first owner, without a PIN.
   */
  ensureOwner(): void {
    transaction(this.deps.db, () => {
      const count = (this.deps.db.prepare('SELECT COUNT(*) AS n FROM staff').get() as { n: number }).n;
      if (count === 0) {
        const name = this.deps.settings.get().operatorName;
        const { lastInsertRowid } = this.deps.db
          .prepare("INSERT INTO staff (name, role, created_at) VALUES (?, 'owner', ?)")
          .run(name, this.deps.clock.now());
        this.setCurrent(Number(lastInsertRowid));
        return;
      }
      if (!this.deps.db.prepare('SELECT 1 FROM staff_current').get()) {
        const owner = this.deps.db.prepare("SELECT id FROM staff WHERE role = 'owner' ORDER BY id LIMIT 1").get() as { id: number };
        this.setCurrent(owner.id);
      }
    });
  }

  /** Everyone (owners first, then by name) and who is at the desk. */
  list(): StaffList {
    const rows = this.deps.db.prepare("SELECT * FROM staff ORDER BY role = 'staff', name COLLATE NOCASE").all() as StaffRow[];
    return { items: rows.map(toMember), currentId: this.current().id };
  }

  /** The person at the desk now. */
  current(): StaffMember {
    const row = this.deps.db.prepare('SELECT s.* FROM staff s JOIN staff_current c ON c.staff_id = s.id').get() as StaffRow | undefined;
    if (!row) throw new Error('No current operator: ensureOwner() was not called.');
    return toMember(row);
  }

  /** Adds a person (the caller checked the operator is an owner). */
  async add(input: { name: string; role: StaffRole; pin: string | null }): Promise<StaffMember> {
    const pin = input.pin === null ? null : await hashPin(input.pin);
    return transaction(this.deps.db, () => {
      this.refuseTakenName(input.name, null);
      const { lastInsertRowid } = this.deps.db
        .prepare('INSERT INTO staff (name, role, pin_hash, pin_salt, created_at) VALUES (?, ?, ?, ?, ?)')
        .run(input.name, input.role, pin?.hash ?? null, pin?.salt ?? null, this.deps.clock.now());
      const added = this.get(Number(lastInsertRowid));
      this.deps.audit.record(this.current().name, 'staff.added', `staff:${added.id}`, { role: added.role, pin: added.hasPin });
      return added;
    });
  }

  /**
   * Changes a person. Anyone may change their own name and PIN; only an owner changes someone
   * else or any role, and the last owner cannot stop being one.
   */
  async update(id: number, change: StaffChange): Promise<StaffMember> {
    const actor = this.current();
    const target = this.get(id);
    const self = actor.id === id;
    if (actor.role !== 'owner' && (!self || (change.role !== undefined && change.role !== target.role))) {
      throw new AppError('owner_only', self ? 'Only an owner can change roles.' : 'Only an owner can change other people.');
    }
    const pin = change.pin === undefined || change.pin === null ? change.pin : await hashPin(change.pin);
    return transaction(this.deps.db, () => {
      if (change.name !== undefined) this.refuseTakenName(change.name, id);
      if (change.role === 'staff' && target.role === 'owner') this.refuseLastOwner(id, 'stop being an owner');
      const row = this.row(id);
      const next = {
        name: change.name ?? row.name,
        role: change.role ?? row.role,
        hash: pin === undefined ? row.pin_hash : (pin?.hash ?? null),
        salt: pin === undefined ? row.pin_salt : (pin?.salt ?? null),
      };
      this.deps.db
        .prepare('UPDATE staff SET name = ?, role = ?, pin_hash = ?, pin_salt = ?, failed_tries = 0, locked_until = NULL WHERE id = ?')
        .run(next.name, next.role, next.hash, next.salt, id);
      const fields = Object.keys(change).filter((key) => change[key as keyof StaffChange] !== undefined);
      this.deps.audit.record(actor.name, 'staff.updated', `staff:${id}`, { fields });
      if (self && change.name !== undefined) this.mirror(next.name);
      return this.get(id);
    });
  }

  /** Removes a person; never the last owner, nor the person at the desk (switch first). */
  remove(id: number): { removed: number } {
    return transaction(this.deps.db, () => {
      const target = this.get(id);
      const actor = this.current();
      if (actor.id === id) throw new AppError('conflict', 'You cannot remove yourself while you are at the desk: switch to another owner first.');
      if (target.role === 'owner') this.refuseLastOwner(id, 'be removed');
      this.deps.db.prepare('DELETE FROM staff WHERE id = ?').run(id);
      this.deps.audit.record(actor.name, 'staff.removed', `staff:${id}`, { role: target.role });
      return { removed: 1 };
    });
  }

  /**
   * Puts a person at the desk. A person with a PIN needs it; after `MAX_PIN_TRIES` wrong ones
   * they are locked for `LOCK_MS` (the count survives restarts: it is in the database).
   */
  async switchTo(id: number, pin: string | undefined): Promise<StaffList> {
    const row = this.row(id);
    const now = this.deps.clock.now();
    if (row.pin_hash !== null && row.pin_salt !== null) {
      if (row.locked_until !== null && row.locked_until > now) {
        throw new AppError('rate_limited', `Too many wrong PINs for ${row.name}. Try again in ${Math.ceil((row.locked_until - now) / 60_000)} min.`);
      }
      const ok = pin !== undefined && (await verifyPin(pin, { hash: row.pin_hash, salt: row.pin_salt }));
      if (!ok) {
        // A lock that ran out starts a fresh count.
        const tries = (row.locked_until !== null ? 0 : row.failed_tries) + 1;
        const locked = tries >= MAX_PIN_TRIES ? now + LOCK_MS : null;
        transaction(this.deps.db, () => {
          this.deps.db.prepare('UPDATE staff SET failed_tries = ?, locked_until = ? WHERE id = ?').run(locked ? 0 : tries, locked, id);
          this.deps.audit.record(this.current().name, 'operator.pin_refused', `staff:${id}`, { locked: locked !== null });
        });
        if (locked) throw new AppError('rate_limited', `Too many wrong PINs for ${row.name}. Try again in ${LOCK_MS / 60_000} min.`);
        throw new AppError('wrong_pin', pin === undefined ? `${row.name} has a PIN: enter it to switch.` : 'That PIN is not right.');
      }
    }
    transaction(this.deps.db, () => {
      const before = this.current();
      this.deps.db.prepare('UPDATE staff SET failed_tries = 0, locked_until = NULL WHERE id = ?').run(id);
      this.setCurrent(id);
      if (before.id !== id) this.deps.audit.record(row.name, 'operator.switched', `staff:${id}`, { from: `staff:${before.id}` });
    });
    return this.list();
  }

  private setCurrent(id: number): void {
    this.deps.db.prepare('INSERT INTO staff_current (id, staff_id) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET staff_id = excluded.staff_id').run(id);
    this.mirror(this.row(id).name);
  }

  private mirror(name: string): void {
    if (this.deps.settings.get().operatorName !== name) this.deps.settings.update({ operatorName: name });
  }

  private row(id: number): StaffRow {
    const row = this.deps.db.prepare('SELECT * FROM staff WHERE id = ?').get(id) as StaffRow | undefined;
    if (!row) throw new AppError('not_found', `No person with id ${id}.`);
    return row;
  }

  private get(id: number): StaffMember {
    return toMember(this.row(id));
  }

  private refuseTakenName(name: string, except: number | null): void {
    const clash = this.deps.db.prepare('SELECT id FROM staff WHERE name = ? COLLATE NOCASE AND id IS NOT ?').get(name, except);
    if (clash) throw new AppError('conflict', `Someone is already called "${name}".`);
  }

  private refuseLastOwner(id: number, what: string): void {
    const others = this.deps.db.prepare("SELECT COUNT(*) AS n FROM staff WHERE role = 'owner' AND id <> ?").get(id) as { n: number };
    if (others.n === 0) throw new AppError('conflict', `The last owner cannot ${what}: make someone else an owner first.`);
  }
}

function toMember(row: StaffRow): StaffMember {
  return { id: row.id, name: row.name, role: row.role, hasPin: row.pin_hash !== null };
}
