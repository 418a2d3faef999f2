/** One simple command of a script, as the shell would see it. */
export interface ShellCommand {
  /** The words with quotes removed, wrappers (sudo, npx, env assignments...) dropped, joined by one space. */
  readonly text: string;
  /** The program's name without its folder (`./node_modules/.bin/eslint` is `eslint`). */
  readonly program: string;
  /** 0-based line within the script where the command starts. */
  readonly line: number;
}

/** Words that run the command after them; what they run is the command that proves something. */
const WRAPPERS = new Set(['sudo', 'exec', 'time', 'nohup', 'env', 'command', 'npx', 'pnpx', 'bunx', 'uvx', 'xargs']);
const TWO_WORD_WRAPPERS = new Set(['pnpm dlx', 'yarn dlx', 'pipx run', 'npm exec', 'bundle exec', 'poetry run']);
const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', 'fi', 'done', '{', '}']);
/** Programs that only print or test their words: `echo "run semgrep"` runs no semgrep. */
export const PRINTERS = new Set(['echo', 'printf', 'cat', 'write-host', 'write-output', 'rem', 'test', '[', '[[']);

interface Word {
  text: string;
  line: number;
}

/**
 * Splits a shell script (a CI `run:`/`script:` block, a Jenkins `sh` string, a hook file) into its
 * simple commands: lines, `;`, `&&`, `||`, `|`, `&` and parentheses end a command outside quotes;
 * `#` comments, backslash-newline continuations and here-document bodies are handled as the shell
 * does, so a commented-out `# semgrep ci` is not a command.
 */
export function shellCommands(script: string): ShellCommand[] {
  const commands: ShellCommand[] = [];
  let words: Word[] = [];
  let word: Word | undefined;
  let quote: '' | "'" | '"' = '';
  let line = 0;
  const heredocs: { delimiter: string; strip: boolean }[] = [];

  const endWord = () => {
    if (word) words.push(word);
    word = undefined;
  };
  const endCommand = () => {
    endWord();
    const command = normalised(words);
    if (command) commands.push(command);
    words = [];
  };
  const addChar = (c: string) => {
    if (!word) word = { text: '', line };
    word.text += c;
  };

  for (let i = 0; i < script.length; i++) {
    const c = script[i];
    if (quote === "'") {
      if (c === "'") quote = '';
      else addChar(c);
      if (c === '\n') line++;
      continue;
    }
    if (quote === '"') {
      if (c === '"') quote = '';
      else if (c === '\\' && i + 1 < script.length) {
        const next = script[++i];
        if (next === '\n') line++;
        else addChar(next);
      } else addChar(c);
      if (c === '\n') line++;
      continue;
    }
    if (c === '\\') {
      const next = script[i + 1];
      if (next === '\n') {
        i++;
        line++;
        endWord();
      } else if (next === '\r' && script[i + 2] === '\n') {
        i += 2;
        line++;
        endWord();
      } else if (next !== undefined) {
        addChar(next);
        i++;
      }
      continue;
    }
    if (c === "'" || c === '"') {
      quote = c;
      if (!word) word = { text: '', line };
      continue;
    }
    if (c === '#' && !word) {
      while (i + 1 < script.length && script[i + 1] !== '\n') i++;
      continue;
    }
    if (c === '\n') {
      endCommand();
      line++;
      if (heredocs.length > 0) {
        const skipped = skipHeredocs(script, i + 1, heredocs.splice(0));
        line += skipped.lines;
        i = skipped.at - 1;
      }
      continue;
    }
    if (c === '<' && script[i + 1] === '<' && script[i + 2] !== '<') {
      const match = /^<<(-?)\s*(['"]?)([A-Za-z_][\w-]*)\2/.exec(script.slice(i, i + 80));
      if (match) {
        heredocs.push({ delimiter: match[3], strip: match[1] === '-' });
        i += match[0].length - 1;
        endWord();
        continue;
      }
    }
    if (c === ';' || c === '|' || c === '&' || c === '(' || c === ')') {
      endCommand();
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      endWord();
      continue;
    }
    addChar(c);
  }
  endCommand();
  return commands;
}

/** Skips the bodies of here-documents started on the line just ended. */
function skipHeredocs(
  script: string,
  from: number,
  pending: readonly { delimiter: string; strip: boolean }[],
): { at: number; lines: number } {
  let at = from;
  let lines = 0;
  for (const doc of pending) {
    while (at < script.length) {
      const eol = script.indexOf('\n', at);
      const end = eol < 0 ? script.length : eol;
      const text = script.slice(at, end).replace(/\r$/, '');
      at = eol < 0 ? script.length : eol + 1;
      lines++;
      if ((doc.strip ? text.replace(/^\t+/, '') : text) === doc.delimiter) break;
    }
  }
  return { at, lines };
}

function normalised(words: readonly Word[]): ShellCommand | undefined {
  let rest = words.filter((w) => w.text !== '');
  for (;;) {
    const first = rest[0]?.text;
    if (first === undefined) return undefined;
    const lower = first.toLowerCase();
    if (KEYWORDS.has(lower) || WRAPPERS.has(lower) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(first)) rest = rest.slice(1);
    else if (rest.length > 1 && TWO_WORD_WRAPPERS.has(`${lower} ${rest[1].text.toLowerCase()}`)) rest = rest.slice(2);
    else if (/^python[\d.]*(\.exe)?$/i.test(first) && rest[1]?.text === '-m') rest = rest.slice(2);
    else if (first.startsWith('-') && rest.length > 1 && WRAPPERS.has(lower) === false && words[0] !== rest[0]) {
      // An option of the wrapper just dropped (`sudo -E semgrep`): drop it too.
      rest = rest.slice(1);
    } else break;
  }
  const program = rest[0].text.replace(/^.*[/\\]/, '');
  const text = [program, ...rest.slice(1).map((w) => w.text)].join(' ');
  return { text, program: program.toLowerCase(), line: rest[0].line };
}
