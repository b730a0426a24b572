/**
 * The console's words all come from the catalogue (locales/en-GB, `staff.*`): no template holds
 * literal English outside `t(...)`, every key the templates and src/staff use exists, and the
 * translated text is escaped like any value, parameters included.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../src/i18n';
import { renderTemplateString } from '../../src/staff/http/render';

// Nunjucks' own parser (not in its typings): the same AST the renderer compiles.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const parser = require('nunjucks/src/parser') as { parse(src: string, extensions: unknown[], opts: object): AstNode };

interface AstNode {
  typename: string;
  fields: string[];
  value?: unknown;
  [field: string]: unknown;
}

const ROOT = path.join(__dirname, '..', '..');
const VIEWS = path.join(ROOT, 'src', 'staff', 'views');
const HAS_LETTER = /\p{L}/u;
/** Stands for a value a template outputs (`{{ ... }}`) while its text is checked. */
const VALUE = '\u0001';
/** Attributes whose values people read (or hear, with a screen reader). */
const READ_ATTRIBUTES = /\b(?:aria-label|title|placeholder|alt|aria-description)="([^"]*)"/g;

function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  return Object.assign({}, ...Object.entries(value as object).map(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)));
}
const catalogue = flatten(CATALOGUES['en-GB']);

interface TemplateCheck {
  /** Literal words found outside translation calls. */
  problems: string[];
  /** Keys passed to t(...) and tn(...) (tn's as `<key>_one` and `<key>_other`). */
  keys: string[];
}

/** Parses a template and reports literal words outside `t()`/`tn()` and the keys it uses. */
export function checkTemplate(source: string): TemplateCheck {
  const problems: string[] = [];
  const keys: string[] = [];
  let text = '';
  const visit = (node: unknown, parent?: AstNode, field?: string): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((child) => visit(child, parent, field));
    const n = node as AstNode;
    switch (n.typename) {
      case 'TemplateData':
        text += String(n.value);
        return;
      case 'Literal': {
        const allowed =
          (parent?.typename === 'LookupVal' && field === 'val') || // me.email
          parent?.typename === 'Compare' || parent?.typename === 'CompareOperand' || // me.role == 'admin'
          parent?.typename === 'Extends' || parent?.typename === 'Include' || // template names
          (parent?.typename === 'Pair' && field === 'key');
        if (typeof n.value === 'string' && HAS_LETTER.test(n.value) && !allowed) problems.push(`literal '${n.value}'`);
        return;
      }
      case 'FunCall': {
        const name = (n.name as AstNode).value;
        const args = ((n.args as AstNode).children as AstNode[]) ?? [];
        if (name === 't' || name === 'tn') {
          const [key, ...rest] = args;
          if (key?.typename !== 'Literal' || typeof key.value !== 'string') problems.push(`${name}() with a key that is not a literal`);
          else if (name === 't') keys.push(key.value);
          else keys.push(`${key.value}_one`, `${key.value}_other`);
          text += VALUE;
          return rest.forEach((arg) => visit(arg, n, 'args'));
        }
        break;
      }
    }
    if (parent?.typename === 'Output' && n.typename !== 'TemplateData') text += VALUE;
    for (const f of n.fields) visit(n[f], n, f);
  };
  visit(parser.parse(source, [], { trimBlocks: true, lstripBlocks: true }));

  for (const tag of text.match(/<[^>]*>/g) ?? []) {
    for (const [, value] of tag.matchAll(READ_ATTRIBUTES)) if (HAS_LETTER.test(value!)) problems.push(`attribute "${value}"`);
  }
  for (const words of text.replace(/<[^>]*>/g, VALUE).split(VALUE)) if (HAS_LETTER.test(words)) problems.push(`text "${words.trim()}"`);
  return { problems, keys };
}

const templates = readdirSync(VIEWS).filter((f) => f.endsWith('.njk'));

describe('console templates', () => {
  it('are all checked', () => {
    expect(templates).toEqual(expect.arrayContaining(['layout.njk', 'queue.njk', 'handoff.njk', 'handoff.content.njk', 'login.njk', 'enrol.njk', 'audit.njk', 'print.njk', 'message.njk']));
  });

  it.each(templates)('%s has no literal words outside t(), and every key it uses is in en-GB', (file) => {
    const { problems, keys } = checkTemplate(readFileSync(path.join(VIEWS, file), 'utf8'));
    expect(problems).toEqual([]);
    expect(keys.filter((k) => !(k in catalogue))).toEqual([]);
  });

  it('the check catches literal words in text, in read attributes, in expressions, and dynamic keys', () => {
    expect(checkTemplate('<p>Hello {{ name }}</p>').problems).toEqual(['text "Hello"']);
    expect(checkTemplate('<nav aria-label="Console"><a href="/staff" title="{{ x }}">{{ t("staff.layout.queue") }}</a></nav>').problems).toEqual(['attribute "Console"']);
    expect(checkTemplate("{{ label or 'Back to the queue' }}").problems).toEqual(["literal 'Back to the queue'"]);
    expect(checkTemplate("{{ t('staff.status.' + id) }}").problems).toEqual(['t() with a key that is not a literal']);
    expect(checkTemplate("{% if ok %}<b>{{ t('staff.queue.all') }}</b>{% else %}none{% endif %}").problems).toEqual(['text "none"']);
    expect(checkTemplate("{% if me.role == 'admin' %}<i>{{ t('staff.queue.all') }}</i> - ({{ n }}){% endif %}").problems).toEqual([]);
  });
});

describe('console copy in TypeScript', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
  const sources = [...files(path.join(ROOT, 'src', 'staff')), path.join(ROOT, 'src', 'cli', 'staff.ts')];

  it('every staff.* key written in src/staff exists in en-GB (a message key has a heading and a text)', () => {
    // Keys are written in full (no keys built from ids), so they can be found here. Log event names
    // (`event: 'staff.login'`) and file names are not keys: only the catalogue's own sections count.
    const sections = Object.keys((CATALOGUES['en-GB'] as { staff: object }).staff);
    const used = new Set<string>();
    for (const file of sources) {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
      for (const [, key] of code.matchAll(/(?<!event: )'(staff\.[A-Za-z0-9_.]+)'/g)) if (sections.includes(key!.split('.')[1]!)) used.add(key!);
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((key) => {
      if (key.startsWith('staff.messages.')) return !(`${key}.heading` in catalogue && `${key}.text` in catalogue);
      // a plural (staffCount) has its `_one` and `_other` forms
      return !(key in catalogue || (`${key}_one` in catalogue && `${key}_other` in catalogue));
    });
    expect(missing).toEqual([]);
  });
});

describe('rendered copy', () => {
  it('is escaped, parameters included, with autoescaping on', () => {
    const html = renderTemplateString("<p>{{ t('staff.enrol.for', { email: who }) }}</p><p>{{ t('staff.handoff.title', { reference: ref }) }}</p>", {
      who: '<img src=x onerror=alert(1)>@example.org',
      ref: '"><script>alert(1)</script>',
    });
    expect(html).toBe(
      '<p>For &lt;img src=x onerror=alert(1)&gt;@example.org. This link works once.</p><p>Handoff &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );
  });

  it('a key missing from the catalogue fails loudly instead of showing the key', () => {
    expect(() => renderTemplateString("{{ t('staff.no.such.key') }}", {})).toThrow(/no copy for "staff.no.such.key"/);
  });

  it('plurals come from the catalogue', () => {
    expect(renderTemplateString("{{ tn('staff.audit.count', n) }}", { n: 1 })).toBe('1 entry. Read-only: nobody can change or remove it.');
    expect(renderTemplateString("{{ tn('staff.audit.count', n) }}", { n: 3 })).toBe('3 entries. Read-only: nobody can change or remove them.');
  });
});
