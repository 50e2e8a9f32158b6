import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { RT_NAME_KEYS, type BackendChoice } from '../../../preload/contract';

const choiceSchema = z.object({
  kind: z.enum(['embedded', 'request-tracker', 'zendesk']),
  url: z.string().max(2000),
  email: z.string().max(320).nullable(),
  oauth: z.boolean(),
  rt: z
    .object({
      names: z.partialRecord(z.enum(RT_NAME_KEYS), z.string().min(1).max(200)),
      priorities: z.string().max(100).nullable(),
    })
    .optional(),
});

/** The backend chosen in the settings view, kept beside the cache; the token is never in it. */
export class BackendChoiceFile {
  constructor(private readonly file: string) {}

  /** null when none was saved, or the file is unreadable (the desk then starts on its default). */
  read(): BackendChoice | null {
    if (!existsSync(this.file)) return null;
    try {
      const parsed = choiceSchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  write(choice: BackendChoice): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const temp = `${this.file}.tmp`;
    writeFileSync(temp, JSON.stringify(choice, null, 2));
    renameSync(temp, this.file);
  }
}
