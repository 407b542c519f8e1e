// Workbook settings (workbook.settings), held to Excel's size limit.

import { jsonBytes, SETTINGS_LIMIT_BYTES } from '../fake-rules';
import { invalidArgument, itemNotFound } from './errors';
import type { Host } from './host';
import type { SettingModel, WorkbookModel } from './model';
import { ClientObject, Collection, Created, type PropertyTable } from './proxy';
import type { FakeWorkbook } from './workbook';

/** Refuses a setting that would take all settings past SETTINGS_LIMIT_BYTES (see fake-rules.ts). */
function checkSettingsSize(model: WorkbookModel, key: string, json: string, location: string): void {
  let total = jsonBytes(key) + Buffer.byteLength(json, 'utf8');
  for (const setting of model.settings.values())
    if (setting.key !== key) total += jsonBytes(setting.key) + Buffer.byteLength(setting.json, 'utf8');
  if (total > SETTINGS_LIMIT_BYTES)
    throw invalidArgument(
      `The argument is invalid or missing or has an incorrect format (settings of ${total} bytes; the fake allows ${SETTINGS_LIMIT_BYTES})`,
      location,
    );
}

export class FakeSettingCollection extends Collection<FakeSetting, SettingModel, WorkbookModel> {
  constructor(host: Host, workbook: FakeWorkbook) {
    super(host, 'SettingCollection', `${workbook.path}.settings`, () => {
      host.requireApi('1.4', 'Workbook.settings');
      return host.model;
    });
  }

  protected list(model: WorkbookModel): readonly SettingModel[] {
    return [...model.settings.values()];
  }

  protected wrap(setting: SettingModel): FakeSetting {
    return this.host.make(new FakeSetting(this.host, `${this.path}[${JSON.stringify(setting.key)}]`, () => setting));
  }

  protected sampleItemProperties(): readonly string[] {
    return ['key', 'value'];
  }

  /** Adds the setting, or replaces the value of an existing one. */
  add(key: string, value: unknown): FakeSetting {
    const created = new Created<SettingModel>('a setting');
    this.invoke('add', [key, value], (model) => {
      if (typeof key !== 'string' || key === '')
        throw invalidArgument('a setting key must be a non-empty string', 'SettingCollection.add');
      const json = JSON.stringify(value);
      if (json === undefined)
        throw invalidArgument('a setting value must be JSON-serialisable', 'SettingCollection.add');
      checkSettingsSize(model, key, json, 'SettingCollection.add');
      const existing = model.settings.get(key);
      if (existing) existing.json = json;
      created.model = existing ?? { key, json, deleted: false };
      model.settings.set(key, created.model);
    });
    return this.host.make(new FakeSetting(this.host, `${this.path}.add(${JSON.stringify(key)})`, () => created.get()));
  }

  getItem(key: string): FakeSetting {
    return this.host.make(
      new FakeSetting(this.host, `${this.path}.getItem(${JSON.stringify(key)})`, () => {
        this.resolve();
        const setting = this.host.model.settings.get(key);
        if (!setting) throw itemNotFound(`the setting '${key}' does not exist`, 'SettingCollection.getItem');
        return setting;
      }),
    );
  }

  getItemOrNullObject(key: string): FakeSetting {
    return this.host.make(
      new FakeSetting(this.host, `${this.path}.getItemOrNullObject(${JSON.stringify(key)})`, () => {
        this.resolve();
        return this.host.model.settings.get(key) ?? null;
      }),
    );
  }
}

class FakeSetting extends ClientObject<SettingModel> {
  constructor(host: Host, path: string, resolver: () => SettingModel | null) {
    super(host, 'Setting', path, resolver);
  }

  protected override properties(): PropertyTable<SettingModel> {
    return {
      key: { read: (setting) => setting.key },
      value: { read: (setting): unknown => JSON.parse(setting.json) },
    };
  }

  get key(): string {
    return this.read('key');
  }

  get value(): unknown {
    return this.read('value');
  }
  set value(value: unknown) {
    this.assign('value', value, (setting) => {
      const json = JSON.stringify(value);
      if (json === undefined) throw invalidArgument('a setting value must be JSON-serialisable', 'Setting.value');
      checkSettingsSize(this.host.model, setting.key, json, 'Setting.value');
      setting.json = json;
    });
  }

  delete(): void {
    this.invoke('delete', [], (setting) => {
      setting.deleted = true;
      this.host.model.settings.delete(setting.key);
    });
  }
}
