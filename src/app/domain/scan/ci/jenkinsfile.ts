import { PRINTERS, shellCommands } from '../shell-commands';
import { CiFileResult, CiJob, CiStep, Trigger } from './ci-job';

export const JENKINSFILE = /(^|\/)(jenkinsfile[^/]*|[^/]+\.jenkinsfile)$/i;

type Token =
  | { readonly type: 'word'; readonly text: string; readonly line: number }
  | { readonly type: 'string'; readonly text: string; readonly line: number }
  | { readonly type: 'punct'; readonly text: string; readonly line: number };

/**
 * Groovy tokens, best effort: words, string literals (`'`, `"`, `'''`, `"""`, with their first
 * line) and punctuation, with `//` and `/* *\/` comments dropped and line breaks kept as `;`
 * where they end a statement (outside parentheses). Enough to find the steps of a Jenkinsfile, not
 * a Groovy parser: slashy strings and string interpolation are read as plain text.
 */
export function groovyTokens(text: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let parens = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      if (parens === 0) tokens.push({ type: 'punct', text: ';', line });
      line++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') continue;
    if (c === '/' && text[i + 1] === '/') {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      for (let j = i; j < stop; j++) if (text[j] === '\n') line++;
      i = stop - 1;
      continue;
    }
    if (c === "'" || c === '"') {
      const triple = text.startsWith(c.repeat(3), i);
      const delimiter = triple ? c.repeat(3) : c;
      const start = line;
      let j = i + delimiter.length;
      let value = '';
      while (j < text.length && !text.startsWith(delimiter, j)) {
        if (text[j] === '\\' && j + 1 < text.length) {
          const next = text[j + 1];
          value += next === 'n' ? '\n' : next === '\n' ? '' : next;
          if (next === '\n') line++;
          j += 2;
          continue;
        }
        if (text[j] === '\n') {
          if (!triple) break;
          line++;
        }
        value += text[j];
        j++;
      }
      tokens.push({ type: 'string', text: value, line: start });
      i = j + delimiter.length - 1;
      continue;
    }
    if (/[A-Za-z_$]/.test(c)) {
      let j = i;
      while (j < text.length && /[\w$.]/.test(text[j])) j++;
      tokens.push({ type: 'word', text: text.slice(i, j), line });
      i = j - 1;
      continue;
    }
    if (c === '(' || c === '[') parens++;
    if ((c === ')' || c === ']') && parens > 0) parens--;
    tokens.push({ type: 'punct', text: c, line });
  }
  return tokens;
}

const SHELL_STEPS = new Set(['sh', 'bat', 'powershell', 'pwsh']);
/** Declarative and scripted structure, and steps that say nothing about what runs. */
const NOT_STEPS = new Set(
  (
    'pipeline agent stages stage steps script post always success failure unstable changed fixed regression aborted ' +
    'unsuccessful cleanup environment options when parallel node def if else for while return try catch finally ' +
    'echo dir withEnv timeout retry triggers tools parameters input matrix axes axis excludes any none label docker ' +
    'dockerfile kubernetes branch expression allOf anyOf not tag changeRequest buildingTag checkout git deleteDir ' +
    'stash unstash archiveArtifacts junit error sleep waitUntil println print true false null new import it cron ' +
    'pollSCM upstream githubPush'
  ).split(' '),
);

/**
 * Reads a Jenkinsfile: each `stage` is a job with its shell steps (`sh`, `bat`, `powershell`) and
 * plugin steps (`dependencyCheck`, `withSonarQubeEnv`...). A Jenkinsfile in a repository is built
 * by a multibranch pipeline on every push and pull request; `cron` or `pollSCM` triggers add a
 * schedule. Commented-out steps are not seen.
 */
export function readJenkinsfile(file: string, text: string): CiFileResult {
  const tokens = groovyTokens(text);
  const triggers = new Set<Trigger>(['push', 'pull_request']);
  const jobs = new Map<string, { name: string; line: number; steps: CiStep[] }>();
  const stages: { name: string; line: number; depth: number }[] = [];
  let depth = 0;
  let pendingStage: { name: string; line: number } | undefined;
  const current = () => {
    const stage = stages[stages.length - 1] ?? { name: 'pipeline', line: 1 };
    let job = jobs.get(`${stage.name}:${stage.line}`);
    if (!job) jobs.set(`${stage.name}:${stage.line}`, (job = { name: stage.name, line: stage.line, steps: [] }));
    return job;
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const previous = tokens[i - 1];
    if (token.type === 'punct') {
      if (token.text === '{') {
        depth++;
        if (pendingStage) stages.push({ ...pendingStage, depth });
        pendingStage = undefined;
      } else if (token.text === '}') {
        if (stages.length > 0 && stages[stages.length - 1].depth === depth) stages.pop();
        depth--;
      }
      continue;
    }
    if (token.type !== 'word') continue;
    const statementStart = !previous || (previous.type === 'punct' && /[;{}]/.test(previous.text));
    if (token.text === 'stage') {
      const name = tokens.slice(i + 1, i + 4).find((t) => t.type === 'string');
      if (name) pendingStage = { name: name.text, line: token.line };
      continue;
    }
    if (token.text === 'cron' || token.text === 'pollSCM') triggers.add('schedule');
    if (!statementStart) continue;
    if (SHELL_STEPS.has(token.text)) {
      const script = scriptArgument(tokens, i + 1);
      if (script) {
        const commands = shellCommands(script.text)
          .filter((command) => !PRINTERS.has(command.program))
          .map((command) => ({ text: command.text, line: script.line + command.line }));
        current().steps.push({ line: token.line, with: {}, commands });
      }
      continue;
    }
    if (!NOT_STEPS.has(token.text) && /^[a-z]\w*$/.test(token.text)) {
      const next = tokens[i + 1];
      if (next && (next.type === 'string' || next.text === '(' || next.text === '{' || tokens[i + 2]?.text === ':'))
        current().steps.push({ line: token.line, uses: token.text, with: {}, commands: [] });
    }
  }
  return {
    jobs: [...jobs.values()]
      .filter((job) => job.steps.length > 0)
      .map<CiJob>((job) => ({ system: 'jenkins', file, name: job.name, line: job.line, triggers, steps: job.steps })),
  };
}

/** The script of a shell step: `sh 'x'`, `sh("x")`, `sh script: 'x', label: 'y'`. */
function scriptArgument(tokens: readonly Token[], from: number): { text: string; line: number } | undefined {
  let first: Token | undefined;
  for (let i = from; i < tokens.length && i < from + 40; i++) {
    const token = tokens[i];
    if (token.type === 'punct' && (token.text === ';' || token.text === '{' || token.text === '}')) break;
    if (
      token.type === 'word' &&
      token.text === 'script' &&
      tokens[i + 1]?.text === ':' &&
      tokens[i + 2]?.type === 'string'
    )
      return tokens[i + 2];
    if (token.type === 'string' && !first && tokens[i + 1]?.text !== ':') first = token;
  }
  return first;
}
