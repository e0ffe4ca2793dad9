// Generates the README's inputs and outputs tables from action.yml, so the two cannot drift apart.
//
//   node scripts/readme-tables.mjs           rewrite the tables in README.md (between the markers)
//   node scripts/readme-tables.mjs --check   exit 1 when README.md differs from what action.yml gives
//   (--readme FILE and --action FILE point it at other files; the drift test uses them on copies)
//
// action.yml is parsed without a YAML library: its format is simple and kept so. Under `inputs:` and
// `outputs:` each entry is a two-space-indented `name:` line, followed by four-space-indented fields;
// `description:` is either inline (plain or quoted) or a folded `>-` block of deeper-indented lines.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export const MARKERS = {
  inputs: ['<!-- inputs:start -->', '<!-- inputs:end -->'],
  outputs: ['<!-- outputs:start -->', '<!-- outputs:end -->'],
};

/** A scalar as YAML would read it here: quoted ('…' with '' for ', or "…") or plain. */
function scalar(text) {
  const t = text.trim();
  if (t.length >= 2 && t.startsWith("'") && t.endsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) return JSON.parse(t);
  return t;
}

/** Folds a `>-` block: lines joined with spaces, an empty line becomes a line break, no final newline. */
function fold(lines) {
  const paragraphs = [[]];
  for (const l of lines) {
    if (l.trim() === '') paragraphs.push([]);
    else paragraphs.at(-1).push(l.trim());
  }
  return paragraphs
    .map((p) => p.join(' '))
    .filter(Boolean)
    .join('\n');
}

/**
 * Parses the `inputs:` and `outputs:` sections of action.yml into
 * { inputs: [{name, description, required, default}], outputs: [{name, description}] }.
 */
export function parseActionYml(text) {
  const result = { inputs: [], outputs: [] };
  const lines = text.split(/\r?\n/);
  let section; // 'inputs' | 'outputs' | undefined
  let entry;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^\S/.test(line)) {
      // a top-level key ends the previous section
      const m = /^(inputs|outputs):\s*$/.exec(line);
      section = m ? m[1] : undefined;
      entry = undefined;
      continue;
    }
    if (!section || line.trim() === '' || line.trim().startsWith('#')) continue;
    const name = /^ {2}([A-Za-z0-9_-]+):\s*$/.exec(line);
    if (name) {
      entry = { name: name[1], description: '' };
      if (section === 'inputs') Object.assign(entry, { required: false, default: undefined });
      result[section].push(entry);
      continue;
    }
    const field = /^ {4}([a-z-]+):(?:\s+(.*))?$/.exec(line);
    if (!field || !entry) throw new Error(`action.yml line ${i + 1}: unexpected ${JSON.stringify(line)} under ${section}`);
    const [, key, rest = ''] = field;
    let value;
    if (/^>-?\s*$/.test(rest) || /^\|-?\s*$/.test(rest)) {
      const block = [];
      while (i + 1 < lines.length && (lines[i + 1].trim() === '' || /^ {6,}/.test(lines[i + 1]))) block.push(lines[++i]);
      while (block.length && block.at(-1).trim() === '') block.pop();
      value = rest.startsWith('|') ? block.map((l) => l.slice(6)).join('\n') : fold(block);
    } else {
      value = scalar(rest);
    }
    if (key === 'description') entry.description = value;
    else if (key === 'required' && section === 'inputs') entry.required = value === 'true';
    else if (key === 'default' && section === 'inputs') entry.default = value;
  }
  return result;
}

/** Text for a Markdown table cell: pipes escaped, line breaks as <br>. */
function cell(text) {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

function defaultCell(input) {
  if (input.required) return '_required_';
  if (input.default === undefined || input.default === '') return '_(empty)_';
  return '`' + input.default + '`';
}

/** A Markdown table with its columns padded to the widest cell, the way Prettier formats tables. */
export function renderTable(header, rows) {
  const width = (s) => [...s].length;
  const widths = header.map((h, c) => Math.max(3, width(h), ...rows.map((r) => width(r[c]))));
  const line = (cells) => `| ${cells.map((x, c) => x + ' '.repeat(widths[c] - width(x))).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function renderInputsTable(inputs) {
  return renderTable(
    ['Input', 'Default', 'Description'],
    inputs.map((i) => ['`' + i.name + '`', defaultCell(i), cell(i.description)]),
  );
}

export function renderOutputsTable(outputs) {
  return renderTable(
    ['Output', 'Description'],
    outputs.map((o) => ['`' + o.name + '`', cell(o.description)]),
  );
}

/** Replaces what lies between one pair of markers (which must each appear exactly once, in order). */
function replaceBetween(text, [start, end], body) {
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < 0 || b < a || text.indexOf(start, a + 1) >= 0 || text.indexOf(end, b + 1) >= 0) {
    throw new Error(`README needs exactly one ${start} followed by one ${end}`);
  }
  return `${text.slice(0, a + start.length)}\n\n${body}\n\n${text.slice(b)}`;
}

/** The README with both tables regenerated from the action.yml text. */
export function updateReadme(readme, actionYml) {
  const { inputs, outputs } = parseActionYml(actionYml);
  if (inputs.length === 0 || outputs.length === 0) throw new Error('action.yml: found no inputs or no outputs');
  let out = replaceBetween(readme, MARKERS.inputs, renderInputsTable(inputs));
  out = replaceBetween(out, MARKERS.outputs, renderOutputsTable(outputs));
  return out;
}

/** The first differing line, for a useful drift message. */
function firstDifference(a, b) {
  const x = a.split('\n');
  const y = b.split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] !== y[i]) return { line: i + 1, have: x[i] ?? '(end of file)', want: y[i] ?? '(end of file)' };
  }
  return undefined;
}

function main(argv) {
  let check = false;
  let readmePath = join(ROOT, 'README.md');
  let actionPath = join(ROOT, 'action.yml');
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--check') check = true;
    else if (a === '--readme' && argv[i + 1]) readmePath = argv[++i];
    else if (a === '--action' && argv[i + 1]) actionPath = argv[++i];
    else {
      process.stderr.write('usage: node scripts/readme-tables.mjs [--check] [--readme FILE] [--action FILE]\n');
      return 2;
    }
  }
  const readme = readFileSync(readmePath, 'utf8');
  const wanted = updateReadme(readme, readFileSync(actionPath, 'utf8'));
  if (check) {
    const d = firstDifference(readme, wanted);
    if (!d) {
      process.stdout.write(`${readmePath}: inputs and outputs tables match ${actionPath}\n`);
      return 0;
    }
    process.stderr.write(
      `${readmePath}: the inputs/outputs tables differ from ${actionPath} (line ${d.line}):\n` +
        `  README:     ${d.have}\n  action.yml: ${d.want}\n` +
        'Run `node scripts/readme-tables.mjs` to regenerate them.\n',
    );
    return 1;
  }
  if (wanted !== readme) {
    writeFileSync(readmePath, wanted);
    process.stdout.write(`${readmePath}: tables regenerated from ${actionPath}\n`);
  } else process.stdout.write(`${readmePath}: tables already up to date\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`readme-tables: ${err.message}\n`);
    process.exitCode = 1;
  }
}
