/** Files read as Dockerfiles. */
export const DOCKERFILE = /(^|\/)((docker|container)file([.-][^/]*)?|[^/]+\.(docker|container)file)$/i;

export interface DockerInstruction {
  /** Upper case: `FROM`, `RUN`, `USER`... */
  readonly keyword: string;
  /** The arguments, continuation lines joined, comment lines left out, here-document bodies appended. */
  readonly args: string;
  /** 1-based line of the keyword. */
  readonly line: number;
}

export interface DockerStage {
  /** The image as written (after `ARG` defaults before the first FROM are substituted). */
  readonly image: string;
  readonly name?: string;
  readonly line: number;
  /** `image`: from a registry; `stage`: from an earlier stage of this file; `scratch`: empty. */
  readonly base: 'image' | 'stage' | 'scratch';
  /** The external image this stage is built on, through earlier stages; undefined for scratch. */
  readonly root?: string;
  /** Pinned by digest (`@sha256:...`); only meaningful for `base: 'image'`. */
  readonly pinned: boolean;
  /** The user the stage ends with: its own last USER, or the one of the stage it builds on. */
  readonly user?: { readonly name: string; readonly line: number };
}

export interface Dockerfile {
  readonly instructions: readonly DockerInstruction[];
  readonly stages: readonly DockerStage[];
}

/**
 * Parses a Dockerfile as BuildKit does: parser directives (`# escape=`), comment lines (also
 * inside continuations), lines continued with the escape character, here-documents (`RUN <<EOF`),
 * then one stage per FROM (`--platform=`, `AS name`, a base that is an earlier stage).
 */
export function parseDockerfile(text: string): Dockerfile {
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  let escape = '\\';
  let at = 0;
  // Parser directives: `# key=value` lines at the very top.
  for (; at < lines.length; at++) {
    const directive = /^#\s*([a-z]+)\s*=\s*(\S+)\s*$/i.exec(lines[at]);
    if (!directive) break;
    if (directive[1].toLowerCase() === 'escape' && (directive[2] === '`' || directive[2] === '\\'))
      escape = directive[2];
  }
  const instructions: DockerInstruction[] = [];
  while (at < lines.length) {
    const first = lines[at];
    const trimmed = first.trim();
    if (trimmed === '' || trimmed.startsWith('#')) {
      at++;
      continue;
    }
    const line = at + 1;
    let body = trimmed;
    at++;
    while (body.endsWith(escape) && at <= lines.length) {
      body = body.slice(0, -1);
      // Comment and empty lines inside a continuation are dropped, as BuildKit does.
      while (at < lines.length && (lines[at].trim().startsWith('#') || lines[at].trim() === '')) at++;
      if (at >= lines.length) break;
      body += ` ${lines[at].trim()}`;
      at++;
    }
    const match = /^(\S+)\s*([\s\S]*)$/.exec(body)!;
    let args = match[2];
    for (const doc of args.matchAll(/<<(-?)(["']?)([A-Za-z_][\w]*)\2/g)) {
      const bodyLines: string[] = [];
      while (at < lines.length) {
        const next = lines[at++];
        if ((doc[1] === '-' ? next.replace(/^\t+/, '') : next) === doc[3]) break;
        bodyLines.push(next);
      }
      args += `\n${bodyLines.join('\n')}`;
    }
    instructions.push({ keyword: match[1].toUpperCase(), args, line });
  }
  return { instructions, stages: stagesOf(instructions) };
}

function stagesOf(instructions: readonly DockerInstruction[]): DockerStage[] {
  const globalArgs = new Map<string, string>();
  const stages: DockerStage[] = [];
  let current: { stage: DockerStage; user?: DockerStage['user'] } | undefined;
  const close = () => {
    if (current) stages.push({ ...current.stage, ...(current.user ? { user: current.user } : {}) });
  };
  for (const instruction of instructions) {
    if (instruction.keyword === 'ARG' && !current) {
      const arg = /^([A-Za-z_]\w*)(?:=("?)(.*)\2)?$/.exec(instruction.args.trim());
      if (arg && arg[3] !== undefined) globalArgs.set(arg[1], arg[3]);
    } else if (instruction.keyword === 'FROM') {
      close();
      const words = instruction.args.split(/\s+/).filter((w) => !w.startsWith('--'));
      const image = substitute(words[0] ?? '', globalArgs);
      const name = words[1]?.toLowerCase() === 'as' ? words[2] : undefined;
      const earlier =
        stages.find((s) => s.name !== undefined && s.name.toLowerCase() === image.toLowerCase()) ??
        (/^\d+$/.test(image) ? stages[Number(image)] : undefined);
      const base = earlier ? 'stage' : image.toLowerCase() === 'scratch' ? 'scratch' : 'image';
      const stage: DockerStage = {
        image,
        ...(name ? { name } : {}),
        line: instruction.line,
        base,
        ...(base === 'image' ? { root: image } : earlier?.root ? { root: earlier.root } : {}),
        pinned: /@sha256:[0-9a-f]{64}$/i.test(image),
      };
      current = { stage, ...(earlier?.user ? { user: earlier.user } : {}) };
    } else if (instruction.keyword === 'USER' && current) {
      current.user = { name: instruction.args.trim(), line: instruction.line };
    }
  }
  close();
  return stages;
}

/** `$NAME` and `${NAME}` replaced by the defaults of ARGs before the first FROM (unknown ones stay). */
function substitute(text: string, args: ReadonlyMap<string, string>): string {
  return text.replace(
    /\$\{([A-Za-z_]\w*)\}|\$([A-Za-z_]\w*)/g,
    (whole, braced, plain) => args.get(braced ?? plain) ?? whole,
  );
}

/** Whether a USER value is root: `root`, `0`, with or without a group. */
export function isRootUser(user: string): boolean {
  return /^(root|0)(:.*)?$/i.test(user.trim());
}

/** The stage an image is built from: the last one (what `docker build` produces without --target). */
export function finalStage(file: Dockerfile): DockerStage | undefined {
  return file.stages[file.stages.length - 1];
}
