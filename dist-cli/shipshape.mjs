import { readFileSync } from "node:fs";
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseAllDocuments, parseDocument } from "yaml";
import { DockerfileParser } from "dockerfile-ast";
import { parse } from "shell-quote";
import { relative, resolve, sep } from "node:path";
var package_default = {
	name: "shipshape",
	version: "0.1.0",
	description: "Interactive Docker security training: fix real-looking Dockerfiles, run commands, AppArmor profiles and pod specs, graded live in the browser.",
	license: "MIT",
	type: "module",
	"private": true,
	engines: { "node": ">=22.12" },
	bin: { "shipshape": "bin/shipshape.mjs" },
	scripts: {
		"start": "npm run build && astro preview --port 4321",
		"dev": "astro dev",
		"build": "astro build && pagefind --site dist --silent && node scripts/build-sw.mjs",
		"check": "astro check",
		"test": "astro check && vitest run --project unit && npm run build && vitest run --project e2e",
		"test:unit": "vitest run --project unit",
		"test:e2e": "vitest run --project e2e",
		"shipshape": "tsx src/cli/main.ts",
		"corpus": "tsx scripts/corpus.ts",
		"bench": "tsx scripts/bench.ts"
	},
	dependencies: {
		"@astrojs/mdx": "8.0.2",
		"@xterm/addon-fit": "0.11.0",
		"@xterm/xterm": "6.0.0",
		"astro": "7.3.5",
		"dockerfile-ast": "0.7.1",
		"monaco-editor": "0.57.0",
		"shell-quote": "1.12.0",
		"yaml": "2.9.1",
		"zod": "4.6.7"
	},
	devDependencies: {
		"@astrojs/check": "0.9.10",
		"@types/node": "24.19.4",
		"@types/shell-quote": "1.7.5",
		"axe-core": "4.14.1",
		"dockerfile-utils": "0.16.3",
		"dockerfilelint": "1.8.0",
		"fast-check": "4.11.0",
		"pagefind": "1.6.0",
		"playwright-core": "1.65.1",
		"tsx": "4.23.15",
		"typescript": "6.0.3",
		"vitest": "5.1.2"
	},
	overrides: { "vite": "8.3.8" }
};
// src/checker/apparmor/glob.ts
var SLASH = 47;
/** Parses alternatives until `}` (when nested) or the end; records unbalanced brackets. */
function parseSequence(pattern, start, nested, problems) {
	const options = [[]];
	const groupAfterSlash = nested && pattern[start - 2] === "/";
	let optionStart = start;
	let i = start;
	while (i < pattern.length) {
		const c = pattern[i] ?? "";
		const current = options[options.length - 1] ?? [];
		if (nested && c === "}") return {
			nodes: options,
			end: i + 1
		};
		if (nested && c === ",") {
			options.push([]);
			i++;
			optionStart = i;
			continue;
		}
		if (c === "\\") {
			current.push({
				kind: "lit",
				char: pattern[i + 1] ?? "\\"
			});
			i += 2;
		} else if (c === "*") {
			const afterSlash = i === optionStart ? groupAfterSlash || pattern[i - 1] === "/" : pattern[i - 1] === "/";
			if (pattern[i + 1] === "*") {
				let j = i;
				while (pattern[j] === "*") j++;
				current.push({
					kind: "star",
					crossesSlash: true,
					afterSlash
				});
				i = j;
			} else {
				current.push({
					kind: "star",
					crossesSlash: false,
					afterSlash
				});
				i++;
			}
		} else if (c === "?") {
			current.push({
				kind: "class",
				negated: true,
				ranges: [[SLASH, SLASH]]
			});
			i++;
		} else if (c === "[") {
			const parsed = parseClass(pattern, i);
			if (!parsed) {
				problems.push({
					offset: i,
					message: "a \"[\" character class is never closed with \"]\""
				});
				current.push({
					kind: "lit",
					char: "["
				});
				i++;
			} else {
				current.push(parsed.node);
				i = parsed.end;
			}
		} else if (c === "{") {
			const inner = parseSequence(pattern, i + 1, true, problems);
			if (pattern[inner.end - 1] !== "}" || inner.end > pattern.length) problems.push({
				offset: i,
				message: "a \"{\" alternation is never closed with \"}\""
			});
			current.push({
				kind: "alt",
				options: inner.nodes
			});
			i = inner.end;
		} else {
			if (c === "}" || c === "]") problems.push({
				offset: i,
				message: `"${c}" has no matching opening bracket`
			});
			current.push({
				kind: "lit",
				char: c
			});
			i++;
		}
	}
	return {
		nodes: options,
		end: pattern.length + (nested ? 1 : 0)
	};
}
function parseClass(pattern, open) {
	let i = open + 1;
	const negated = pattern[i] === "^";
	if (negated) i++;
	const ranges = [];
	let first = true;
	while (i < pattern.length) {
		let c = pattern[i] ?? "";
		if (c === "]" && !first) return {
			node: {
				kind: "class",
				negated,
				ranges
			},
			end: i + 1
		};
		first = false;
		if (c === "\\" && i + 1 < pattern.length) {
			i++;
			c = pattern[i] ?? "";
		}
		const low = c.charCodeAt(0);
		if (pattern[i + 1] === "-" && pattern[i + 2] !== void 0 && pattern[i + 2] !== "]") {
			const high = (pattern[i + 2] ?? "").charCodeAt(0);
			ranges.push([Math.min(low, high), Math.max(low, high)]);
			i += 3;
		} else {
			ranges.push([low, low]);
			i++;
		}
	}
}
function inRanges(ranges, code) {
	for (const [low, high] of ranges) if (code >= low && code <= high) return true;
	return false;
}
/** Thompson construction, built back to front so each piece knows its successor. */
function build(nodes, next, states) {
	let out = next;
	for (let k = nodes.length - 1; k >= 0; k--) {
		const node = nodes[k];
		if (!node) continue;
		if (node.kind === "lit") {
			const code = node.char.charCodeAt(0);
			states.push({
				kind: "test",
				test: (c) => c === code,
				out
			});
			out = states.length - 1;
		} else if (node.kind === "class") {
			const { negated, ranges } = node;
			states.push({
				kind: "test",
				test: (c) => inRanges(ranges, c) !== negated,
				out
			});
			out = states.length - 1;
		} else if (node.kind === "star") {
			const test = node.crossesSlash ? () => true : (c) => c !== SLASH;
			const loop = {
				kind: "split",
				outs: []
			};
			states.push(loop);
			const loopId = states.length - 1;
			states.push({
				kind: "test",
				test,
				out: loopId
			});
			loop.outs.push(states.length - 1, out);
			out = loopId;
			if (node.afterSlash) {
				states.push({
					kind: "test",
					test: (c) => c !== SLASH,
					out
				});
				out = states.length - 1;
			}
		} else {
			const outs = node.options.map((option) => build(option, out, states));
			states.push({
				kind: "split",
				outs
			});
			out = states.length - 1;
		}
	}
	return out;
}
var cache = /* @__PURE__ */ new Map();
var CACHE_LIMIT = 2e4;
function compileGlob(pattern) {
	const hit = cache.get(pattern);
	if (hit) return hit;
	const { nodes } = parseSequence(pattern, 0, false, []);
	const states = [{ kind: "match" }];
	const compiled = {
		states,
		start: build(nodes[0] ?? [], 0, states)
	};
	if (cache.size >= CACHE_LIMIT) cache.clear();
	cache.set(pattern, compiled);
	return compiled;
}
/** Syntax problems of a glob (unclosed `{` or `[`, stray `}`), for diagnostics. */
function globProblems(pattern) {
	const problems = [];
	parseSequence(pattern, 0, false, problems);
	return problems;
}
function addState(glob, id, set, seen) {
	const stack = [id];
	while (stack.length > 0) {
		const s = stack.pop() ?? 0;
		if (seen[s]) continue;
		seen[s] = 1;
		const state = glob.states[s];
		if (state?.kind === "split") for (let k = state.outs.length - 1; k >= 0; k--) stack.push(state.outs[k] ?? 0);
		else set.push(s);
	}
}
var prefixes = /* @__PURE__ */ new Map();
/** The literal text before the first special character: a cheap filter before running the NFA. */
function literalPrefix(pattern) {
	let prefix = prefixes.get(pattern);
	if (prefix === void 0) {
		const cut = pattern.search(/[*?[{\\]/);
		prefix = cut < 0 ? pattern : pattern.slice(0, cut);
		if (prefixes.size >= CACHE_LIMIT) prefixes.clear();
		prefixes.set(pattern, prefix);
	}
	return prefix;
}
/** Whether the whole path matches the glob. */
function globMatches(pattern, path) {
	if (!path.startsWith(literalPrefix(pattern))) return false;
	const glob = compileGlob(pattern);
	let current = [];
	addState(glob, glob.start, current, new Uint8Array(glob.states.length));
	for (let i = 0; i < path.length && current.length > 0; i++) {
		const code = path.charCodeAt(i);
		const next = [];
		const seen = new Uint8Array(glob.states.length);
		for (const s of current) {
			const state = glob.states[s];
			if (state?.kind === "test" && state.test(code)) addState(glob, state.out, next, seen);
		}
		current = next;
	}
	return current.some((s) => glob.states[s]?.kind === "match");
}
// src/checker/apparmor/lexer.ts
var INCLUDE = /^(#\s*include|include)(\s+if\s+exists)?\s+(?:<([^>\n]*)>|"([^"\n]*)")\s*$/;
var ASSIGNMENT$2 = /^@\{([A-Za-z_][A-Za-z0-9_]*)\}\s*(\+?=)\s*(.*)$/;
/** Splits an assignment's value list on blanks, keeping quoted values whole. */
function splitValues(text) {
	const values = [];
	const pattern = /"([^"]*)"|(\S+)/g;
	for (let m = pattern.exec(text); m; m = pattern.exec(text)) values.push(m[1] ?? m[2] ?? "");
	return values;
}
function stripComment(text) {
	const at = text.search(/\s#/);
	if (at < 0) return {
		body: text,
		at: -1
	};
	return {
		body: text.slice(0, at),
		comment: text.slice(text.indexOf("#", at) + 1),
		at: text.indexOf("#", at)
	};
}
/** Is this `{` the start of a glob alternation (`{,usr/}bin`) rather than a block? */
function isGlobBrace(text, at) {
	let depth = 0;
	for (let i = at; i < text.length; i++) {
		const c = text[i];
		if (c === void 0 || /\s/.test(c)) return false;
		if (c === "{") depth++;
		else if (c === "}") {
			depth--;
			if (depth === 0) return i > at + 1;
		}
	}
	return false;
}
function lex(text) {
	const events = [];
	const problems = [];
	const lines = text.split(/\r\n|\r|\n/);
	for (let n = 0; n < lines.length; n++) lexLine(lines[n] ?? "", n + 1, events, problems);
	return {
		events,
		problems
	};
}
function lexLine(source, line, events, problems) {
	const firstNonBlank = source.search(/\S/);
	if (firstNonBlank < 0) return;
	const rest = source.slice(firstNonBlank);
	const include = INCLUDE.exec(stripComment(rest).body.trimEnd());
	if (include) {
		events.push({
			kind: "include",
			line,
			column: firstNonBlank + 1,
			endColumn: source.length + 1,
			path: (include[3] ?? include[4] ?? "").trim(),
			magic: include[3] !== void 0,
			ifExists: include[2] !== void 0
		});
		return;
	}
	const assignment = ASSIGNMENT$2.exec(rest);
	if (assignment) {
		const { body, comment, at } = stripComment(assignment[3] ?? "");
		events.push({
			kind: "assign",
			line,
			column: firstNonBlank + 1,
			endColumn: source.length + 1,
			name: assignment[1] ?? "",
			append: assignment[2] === "+=",
			values: splitValues(body)
		});
		if (comment !== void 0) events.push({
			kind: "comment",
			line,
			column: source.length - (assignment[3] ?? "").length + at + 1,
			text: comment
		});
		return;
	}
	let i = firstNonBlank;
	while (i < source.length) {
		const c = source[i] ?? "";
		if (/\s/.test(c)) {
			i++;
			continue;
		}
		const start = i;
		if (c === "#") {
			events.push({
				kind: "comment",
				line,
				column: i + 1,
				text: source.slice(i + 1)
			});
			return;
		}
		if (c === ",") {
			events.push({
				kind: "comma",
				text: ",",
				line,
				column: i + 1,
				endColumn: i + 2
			});
			i++;
			continue;
		}
		if (c === "}") {
			events.push({
				kind: "close",
				text: "}",
				line,
				column: i + 1,
				endColumn: i + 2
			});
			i++;
			continue;
		}
		if (c === "{" && !isGlobBrace(source, i)) {
			events.push({
				kind: "open",
				text: "{",
				line,
				column: i + 1,
				endColumn: i + 2
			});
			i++;
			continue;
		}
		if (c === "-" && source[i + 1] === ">") {
			events.push({
				kind: "arrow",
				text: "->",
				line,
				column: i + 1,
				endColumn: i + 3
			});
			i += 2;
			continue;
		}
		i = readWord$1(source, i, line, problems);
		events.push({
			kind: "word",
			text: source.slice(start, i),
			line,
			column: start + 1,
			endColumn: i + 1
		});
	}
}
/** Returns the index just past the word starting at `start`. */
function readWord$1(source, start, line, problems) {
	let braces = 0;
	let parens = 0;
	let i = start;
	while (i < source.length) {
		const c = source[i] ?? "";
		if (c === "\"") {
			const close = source.indexOf("\"", i + 1);
			if (close < 0) {
				problems.push({
					line,
					column: i + 1,
					endColumn: source.length + 1,
					message: "This quoted string is never closed with a second \"."
				});
				return source.length;
			}
			i = close + 1;
			continue;
		}
		if (c === "\\") {
			i += 2;
			continue;
		}
		if (parens === 0 && braces === 0) {
			if (/\s/.test(c) || c === ",") break;
			if (c === "-" && source[i + 1] === ">") break;
			if (c === "}") break;
		}
		if (c === "(") parens++;
		else if (c === ")" && parens > 0) parens--;
		else if (c === "{") {
			if (braces === 0 && parens === 0 && !isGlobBrace(source, i)) break;
			braces++;
		} else if (c === "}") braces--;
		else if (parens > 0 && c === "#" && /\s/.test(source[i - 1] ?? "")) break;
		i++;
	}
	if (parens > 0) problems.push({
		line,
		column: start + 1,
		endColumn: i + 1,
		message: "A \"(\" in this rule is never closed with \")\" on the same line."
	});
	return Math.min(i, source.length);
}
// src/checker/apparmor/permissions.ts
var EXEC_MODES = /* @__PURE__ */ new Set([
	"ix",
	"px",
	"Px",
	"cx",
	"Cx",
	"ux",
	"Ux",
	"pix",
	"Pix",
	"cix",
	"Cix",
	"pux",
	"PUx",
	"cux",
	"CUx"
]);
var EXEC_MODIFIERS = "ipcuPCU";
/** Modes that run the new program with no AppArmor confinement at all (directly or as fallback). */
var UNCONFINED_EXEC_MODES = /* @__PURE__ */ new Set([
	"ux",
	"Ux",
	"pux",
	"PUx",
	"cux",
	"CUx"
]);
/** Could this word be a permission string (as opposed to a path or keyword)? */
function looksLikePermissions(word) {
	return /^[rwalkmxipcuPCU]+$/.test(word);
}
function emptyPermissions() {
	return {
		read: false,
		write: false,
		append: false,
		link: false,
		lock: false,
		mmap: false
	};
}
/** Reads a permission string such as `rw`, `mrwklx` or `Pix`; reports letters AppArmor rejects. */
function parsePermissions(text, deny) {
	const permissions = emptyPermissions();
	const problems = [];
	let i = 0;
	while (i < text.length) {
		const c = text[i] ?? "";
		if (c === "r") permissions.read = true;
		else if (c === "w") {
			permissions.write = true;
			permissions.append = true;
		} else if (c === "a") permissions.append = true;
		else if (c === "l") permissions.link = true;
		else if (c === "k") permissions.lock = true;
		else if (c === "m") permissions.mmap = true;
		else if (c === "x" || EXEC_MODIFIERS.includes(c)) {
			let j = i;
			while (j < text.length && EXEC_MODIFIERS.includes(text[j] ?? "")) j++;
			if (text[j] !== "x") {
				problems.push(`"${text.slice(i, j)}" must be followed by "x" (exec modes are written like ix, px, cx)`);
				i = j;
				continue;
			}
			const mode = text.slice(i, j + 1);
			if (permissions.exec) problems.push(`"${text}" gives two exec modes; keep one`);
			else if (deny && mode !== "x") problems.push(`deny rules take a plain "x", not "${mode}"`);
			else if (!deny && mode === "x") problems.push("an allow rule needs an exec mode such as ix, px or cx, not a bare \"x\"");
			else if (mode !== "x" && !EXEC_MODES.has(mode)) problems.push(`"${mode}" is not an exec mode AppArmor knows`);
			permissions.exec = mode;
			i = j + 1;
			continue;
		} else problems.push(`"${c}" is not a file permission letter (valid: r w a l k m and the x modes)`);
		i++;
	}
	if (permissions.write && text.includes("a")) problems.push("\"w\" and \"a\" conflict: \"w\" already includes append");
	return {
		permissions,
		problems
	};
}
/** The permission a file access needs. */
function grants(permissions, access) {
	return access === "exec" ? permissions.exec !== void 0 : permissions[access];
}
// src/checker/apparmor/vocabulary.ts
/** Linux capability names as AppArmor spells them (capabilities(7), lower case, no CAP_ prefix). */
var CAPABILITIES = /* @__PURE__ */ new Set([
	"chown",
	"dac_override",
	"dac_read_search",
	"fowner",
	"fsetid",
	"kill",
	"setgid",
	"setuid",
	"setpcap",
	"linux_immutable",
	"net_bind_service",
	"net_broadcast",
	"net_admin",
	"net_raw",
	"ipc_lock",
	"ipc_owner",
	"sys_module",
	"sys_rawio",
	"sys_chroot",
	"sys_ptrace",
	"sys_pacct",
	"sys_admin",
	"sys_boot",
	"sys_nice",
	"sys_resource",
	"sys_time",
	"sys_tty_config",
	"mknod",
	"lease",
	"audit_write",
	"audit_control",
	"setfcap",
	"mac_override",
	"mac_admin",
	"syslog",
	"wake_alarm",
	"block_suspend",
	"audit_read",
	"perfmon",
	"bpf",
	"checkpoint_restore"
]);
/** Address families accepted by `network` rules. */
var NETWORK_DOMAINS = /* @__PURE__ */ new Set([
	"unix",
	"inet",
	"ax25",
	"ipx",
	"appletalk",
	"netrom",
	"bridge",
	"atmpvc",
	"x25",
	"inet6",
	"rose",
	"netbeui",
	"security",
	"key",
	"netlink",
	"packet",
	"ash",
	"econet",
	"atmsvc",
	"rds",
	"sna",
	"irda",
	"pppox",
	"wanpipe",
	"llc",
	"ib",
	"mpls",
	"can",
	"tipc",
	"bluetooth",
	"iucv",
	"rxrpc",
	"isdn",
	"phonet",
	"ieee802154",
	"caif",
	"alg",
	"nfc",
	"vsock",
	"kcm",
	"qipcrtr",
	"smc",
	"xdp",
	"mctp"
]);
var NETWORK_TYPES = /* @__PURE__ */ new Set([
	"stream",
	"dgram",
	"seqpacket",
	"rdm",
	"raw",
	"packet"
]);
var NETWORK_PROTOCOLS = /* @__PURE__ */ new Set([
	"tcp",
	"udp",
	"icmp",
	"icmpv6"
]);
/** Profile flags apparmor_parser accepts (flags with `=value` are accepted by prefix). */
var PROFILE_FLAGS = /* @__PURE__ */ new Set([
	"enforce",
	"complain",
	"kill",
	"unconfined",
	"prompt",
	"default_allow",
	"audit",
	"debug",
	"mediate_deleted",
	"delegate_deleted",
	"attach_disconnected",
	"no_attach_disconnected",
	"chroot_relative",
	"namespace_relative",
	"chroot_attach",
	"chroot_no_attach",
	"interruptible"
]);
/** Capabilities that hand a confined process (nearly) the keys to the host. */
var DANGEROUS_CAPABILITIES = {
	sys_admin: "mount filesystems, load BPF and much more; it is close to full root",
	sys_module: "load kernel modules, which runs code in the host kernel",
	sys_ptrace: "trace and inject code into other processes",
	sys_rawio: "raw I/O to devices and ports, bypassing the filesystem",
	dac_read_search: "bypass read permission checks on every file (the \"shocker\" escape uses it)",
	mac_admin: "change the mandatory access control policy itself, AppArmor included",
	mac_override: "override the mandatory access control policy",
	sys_boot: "reboot the machine or load a new kernel",
	net_admin: "reconfigure interfaces, routes and firewall rules",
	bpf: "load BPF programs into the kernel"
};
/** Keywords that start a rule inside a profile (besides qualifiers and paths). */
var RULE_KEYWORDS = /* @__PURE__ */ new Set([
	"file",
	"link",
	"capability",
	"network",
	"mount",
	"remount",
	"umount",
	"unmount",
	"pivot_root",
	"change_profile",
	"signal",
	"ptrace",
	"unix",
	"dbus",
	"rlimit",
	"set",
	"userns",
	"io_uring",
	"mqueue",
	"all",
	"profile",
	"hat"
]);
var QUALIFIERS = /* @__PURE__ */ new Set([
	"audit",
	"deny",
	"allow",
	"owner",
	"quiet"
]);
// src/checker/apparmor/parse-rule.ts
var OTHER_KINDS = /* @__PURE__ */ new Set([
	"signal",
	"ptrace",
	"unix",
	"dbus",
	"userns",
	"io_uring",
	"mqueue",
	"all"
]);
function isPathWord(word) {
	return /^(\/|@\{|"|\{)/.test(word);
}
/** Would this word open a new rule (used to spot a missing comma at the end of the previous line)? */
function startsRule(word) {
	return QUALIFIERS.has(word) || RULE_KEYWORDS.has(word) || isPathWord(word) || word.startsWith("^");
}
function unquote(word) {
	return word.length >= 2 && word.startsWith("\"") && word.endsWith("\"") ? word.slice(1, -1) : word;
}
function sourceOf(tokens) {
	const first = tokens[0];
	const last = tokens[tokens.length - 1];
	return {
		line: first?.line ?? 1,
		column: first?.column ?? 1,
		endLine: last?.line ?? first?.line ?? 1,
		endColumn: (last?.endColumn ?? 1) + 1,
		text: `${tokens.map((t) => t.text).join(" ")},`
	};
}
/** The words of a parenthesised list or plain words, e.g. `(send, receive)` -> send, receive. */
function listWords(tokens) {
	return tokens.flatMap((t) => t.text.replace(/[()]/g, " ").split(/[\s,]+/)).filter(Boolean);
}
/** Parses one statement (the tokens before its comma) inside a profile. */
function parseRule(tokens) {
	const problems = [];
	const source = sourceOf(tokens);
	let i = 0;
	let audit = false;
	let deny = false;
	let allow = false;
	let owner = false;
	for (; i < tokens.length; i++) {
		const word = tokens[i]?.text ?? "";
		if (word === "audit") audit = true;
		else if (word === "deny") deny = true;
		else if (word === "allow") allow = true;
		else if (word === "owner") owner = true;
		else if (word === "quiet" || /^priority=-?\d+$/.test(word)) continue;
		else break;
	}
	const head = tokens[i];
	if (deny && allow && head) problems.push({
		token: head,
		message: "A rule cannot be both \"allow\" and \"deny\"; keep one of them."
	});
	if (!head) {
		const last = tokens[tokens.length - 1];
		if (last) problems.push({
			token: last,
			message: "This rule has qualifiers but no rule after them."
		});
		return { problems };
	}
	const rest = tokens.slice(i + 1);
	const base = {
		...source,
		audit,
		deny
	};
	const keyword = head.text;
	if (keyword === "capability") {
		const capabilities = listWords(rest).map((w) => w.toLowerCase());
		for (const t of rest) for (const name of listWords([t])) if (!CAPABILITIES.has(name.toLowerCase())) problems.push({
			token: t,
			message: `"${name}" is not a Linux capability name (write them in lower case without CAP_, e.g. net_bind_service).`
		});
		return {
			rule: {
				...base,
				kind: "capability",
				capabilities
			},
			problems
		};
	}
	if (keyword === "network") {
		let domain;
		let type;
		let protocol;
		for (const t of rest) {
			if (t.text.includes("=")) continue;
			for (const word of listWords([t])) if (!domain && !type && NETWORK_DOMAINS.has(word)) domain = word;
			else if (!type && NETWORK_TYPES.has(word)) type = word;
			else if (!protocol && NETWORK_PROTOCOLS.has(word)) protocol = word;
			else problems.push({
				token: t,
				message: `"${word}" is not a network family, socket type or protocol here (e.g. "network inet tcp,").`
			});
		}
		return {
			rule: {
				...base,
				kind: "network",
				...domain ? { domain } : {},
				...type ? { type } : {},
				...protocol ? { protocol } : {}
			},
			problems
		};
	}
	if (keyword === "mount" || keyword === "remount" || keyword === "umount" || keyword === "unmount" || keyword === "pivot_root") {
		const kind = keyword === "unmount" ? "umount" : keyword;
		return {
			rule: {
				...base,
				kind,
				details: rest.map((t) => t.text).join(" ")
			},
			problems
		};
	}
	if (keyword === "change_profile") {
		const arrow = rest.findIndex((t) => t.kind === "arrow");
		const exec = (arrow < 0 ? rest : rest.slice(0, arrow)).map((t) => t.text).find(isPathWord);
		const targetToken = arrow < 0 ? void 0 : rest[arrow + 1];
		if (arrow >= 0 && !targetToken) problems.push({
			token: rest[arrow] ?? head,
			message: "Name the profile after \"->\"."
		});
		const target = targetToken ? unquote(targetToken.text) : void 0;
		return {
			rule: {
				...base,
				kind: "change_profile",
				...exec ? { exec: unquote(exec) } : {},
				...target ? { target } : {}
			},
			problems
		};
	}
	if (keyword === "set" || keyword === "rlimit") {
		if (keyword === "set" && rest[0]?.text !== "rlimit") problems.push({
			token: head,
			message: "\"set\" must be followed by \"rlimit\", as in \"set rlimit nofile <= 1024,\"."
		});
		return {
			rule: {
				...base,
				kind: "rlimit",
				details: rest.map((t) => t.text).join(" ")
			},
			problems
		};
	}
	if (OTHER_KINDS.has(keyword)) return {
		rule: {
			...base,
			kind: keyword,
			details: rest.map((t) => t.text).join(" ")
		},
		problems
	};
	if (keyword === "link") {
		let k = 0;
		const subset = rest[0]?.text === "subset";
		if (subset) k = 1;
		const from = rest[k];
		const arrow = rest[k + 1];
		const to = rest[k + 2];
		if (!from || !isPathWord(from.text) || arrow?.kind !== "arrow" || !to) {
			problems.push({
				token: from ?? head,
				message: "Write link rules as \"link /new/name -> /existing/target,\"."
			});
			return { problems };
		}
		if (rest.length > k + 3) problems.push({
			token: rest[k + 3] ?? to,
			message: `Unexpected "${rest[k + 3]?.text}" after the link target.`
		});
		const path = unquote(from.text);
		const target = unquote(to.text);
		return {
			rule: {
				...base,
				kind: "link",
				owner,
				subset,
				path,
				glob: path,
				target,
				targetGlob: target
			},
			problems
		};
	}
	if (keyword === "file") {
		if (rest.length === 0) {
			const permissions = {
				...emptyPermissions(),
				read: true,
				write: true,
				append: true,
				link: true,
				lock: true,
				mmap: true,
				exec: deny ? "x" : "ix"
			};
			return {
				rule: {
					...base,
					kind: "file",
					owner,
					permissions,
					permissionText: ""
				},
				problems
			};
		}
		return parseFileRule(rest, base, owner, problems);
	}
	if (isPathWord(keyword) || looksLikePermissions(keyword)) return parseFileRule(tokens.slice(i), base, owner, problems);
	problems.push({
		token: head,
		message: `"${keyword}" is not an AppArmor rule keyword (expected a path, file, capability, network, mount, signal, ptrace, change_profile...).`
	});
	return { problems };
}
function parseFileRule(tokens, base, owner, problems) {
	const first = tokens[0];
	const second = tokens[1];
	if (!first) return { problems };
	let pathToken;
	let permToken;
	if (isPathWord(first.text)) {
		pathToken = first;
		permToken = second;
	} else {
		permToken = first;
		pathToken = second;
	}
	if (!pathToken || !isPathWord(pathToken.text)) {
		problems.push({
			token: pathToken ?? first,
			message: "A file rule needs an absolute path or glob starting with \"/\" or \"@{\", e.g. \"/etc/passwd r,\"."
		});
		return { problems };
	}
	if (!permToken || permToken.kind !== "word") {
		problems.push({
			token: pathToken,
			message: `Add the permissions after ${pathToken.text}, e.g. "${pathToken.text} r," to allow reading it.`
		});
		return { problems };
	}
	const parsed = parsePermissions(permToken.text, base.deny);
	for (const message of parsed.problems) problems.push({
		token: permToken,
		message: `In "${permToken.text}": ${message}.`
	});
	let target;
	const after = tokens.slice(2);
	if (after[0]?.kind === "arrow") {
		const t = after[1];
		if (!t) problems.push({
			token: after[0],
			message: "Name the target profile after \"->\"."
		});
		else target = unquote(t.text);
		after.splice(0, 2);
	}
	const extra = after[0];
	if (extra) problems.push({
		token: extra,
		message: `Unexpected "${extra.text}" in this file rule; is a comma missing before it?`
	});
	const path = unquote(pathToken.text);
	return {
		rule: {
			...base,
			kind: "file",
			owner,
			path,
			glob: path,
			permissions: parsed.permissions,
			permissionText: permToken.text,
			...target ? { target } : {}
		},
		problems
	};
}
// src/checker/apparmor/variables.ts
var TUNABLES = {
	home: {
		HOMEDIRS: ["/home/"],
		HOME: ["@{HOMEDIRS}/*/", "/root/"]
	},
	proc: { PROC: ["/proc/"] },
	sys: { sys: ["/sys/"] },
	run: { run: ["/run/", "/var/run/"] },
	kernelvars: {
		pid: ["{[1-9],[1-9][0-9],[1-9][0-9][0-9],[1-9][0-9][0-9][0-9],[1-9][0-9][0-9][0-9][0-9],[1-9][0-9][0-9][0-9][0-9][0-9],[1-9][0-9][0-9][0-9][0-9][0-9][0-9]}"],
		pids: ["@{pid}"],
		tid: ["@{pid}"]
	},
	multiarch: { multiarch: ["*-linux-gnu*"] },
	etc: {
		etc_ro: ["/etc/", "/usr/etc/"],
		etc_rw: ["/etc/"]
	}
};
/** The variables a set of `#include <tunables/...>` lines defines. */
function tunablesFor(includes) {
	const defined = {};
	for (const include of includes) {
		const match = /^tunables\/([\w.-]+)$/.exec(include);
		if (!match?.[1]) continue;
		const groups = match[1] === "global" ? Object.keys(TUNABLES) : [match[1]];
		for (const group of groups) Object.assign(defined, TUNABLES[group] ?? {});
	}
	return defined;
}
var REFERENCE = /@\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
var MAX_DEPTH$1 = 8;
/** Expands every `@{NAME}` and collapses repeated slashes, as apparmor_parser does. */
function expandVariables(pattern, variables) {
	const undefinedNames = [];
	const expand = (text, depth) => text.replace(REFERENCE, (whole, name, offset) => {
		const values = variables[name];
		if (!values) {
			if (!undefinedNames.includes(name)) undefinedNames.push(name);
			return whole;
		}
		if (depth >= MAX_DEPTH$1) return whole;
		const slashBefore = text[offset - 1] === "/";
		const slashAfter = text[offset + whole.length] === "/";
		const expanded = values.map((v) => {
			let value = expand(v, depth + 1);
			if (slashAfter) value = value.replace(/\/+$/, "");
			if (slashBefore) value = value.replace(/^\/+/, "");
			return value;
		});
		return expanded.length === 1 ? expanded[0] ?? "" : `{${expanded.join(",")}}`;
	});
	return {
		glob: expand(pattern, 0).replace(/\/{2,}/g, "/"),
		undefinedNames
	};
}
// src/checker/apparmor/walk.ts
/** Every profile, nested profiles and hats included, in source order. */
function everyProfile(profiles) {
	return profiles.flatMap((p) => [p, ...everyProfile(p.children)]);
}
/** Every rule of every profile in the file. */
function everyRule(model) {
	return everyProfile(model.profiles).flatMap((p) => p.rules);
}
// src/checker/apparmor/parser.ts
var SYNTAX_RULE_ID$1 = "apparmor-syntax";
var ParseState = class {
	profiles = [];
	includes = [];
	comments = [];
	diagnostics = [];
	declared = {};
	stack = [];
	pending = [];
	abi;
	report(line, column, endColumn, message, endLine = line) {
		this.diagnostics.push({
			ruleId: SYNTAX_RULE_ID$1,
			severity: "error",
			message,
			line,
			column,
			endLine,
			endColumn: Math.max(endColumn, column + 1)
		});
	}
	reportAt(token, message) {
		this.report(token.line, token.column, token.endColumn, message);
	}
	current() {
		return this.stack[this.stack.length - 1]?.profile;
	}
	insideUnknownBlock() {
		return this.stack.length > 0 && !this.current();
	}
};
var MODE_BY_FLAG = [
	["complain", "complain"],
	["kill", "kill"],
	["unconfined", "unconfined"]
];
function parseHeader(state, tokens, open, nested) {
	const first = tokens[0];
	if (!first) {
		state.reportAt(open, nested ? "This \"{\" opens a block with no header; nested profiles start with \"profile NAME\" or \"^hat\"." : "This \"{\" has no profile header before it; write \"profile NAME {\".");
		return;
	}
	let hat = false;
	let name;
	let attachment;
	let k = 1;
	if (first.text === "profile" || first.text === "hat") {
		hat = first.text === "hat";
		const nameToken = tokens[1];
		if (!nameToken || nameToken.text.startsWith("flags") || nameToken.text.startsWith("(")) {
			state.reportAt(first, `Give the ${first.text} a name: "${first.text} my-name {".`);
			return;
		}
		name = unquote(nameToken.text);
		if (isPathWord(nameToken.text) && !hat) attachment = name;
		k = 2;
	} else if (first.text.startsWith("^")) {
		hat = true;
		name = first.text.slice(1);
	} else if (isPathWord(first.text)) {
		name = unquote(first.text);
		attachment = name;
	} else {
		state.reportAt(first, nested ? `"${first.text}" cannot open a block here; a nested block must be "profile NAME {" or "^hat {". Is a comma missing?` : `"${first.text}" is not a profile header; write "profile ${first.text} {" (names that are not paths need the "profile" keyword).`);
		if (nested) return void 0;
		name = first.text;
	}
	const flags = [];
	const rest = tokens.slice(k);
	const joined = rest.map((t) => t.text).join(" ");
	const flagMatch = /(?:^|\s)(?:flags\s*=\s*)?\(([^)]*)\)/.exec(joined.replace(/xattrs\s*=\s*\([^)]*\)/g, ""));
	for (const flag of (flagMatch?.[1] ?? "").split(/[\s,]+/).filter(Boolean)) {
		flags.push(flag);
		if (!PROFILE_FLAGS.has(flag) && !flag.includes("=")) {
			const at = rest.find((t) => t.text.includes(flag)) ?? first;
			state.reportAt(at, `"${flag}" is not a profile flag (common ones: complain, enforce, attach_disconnected, mediate_deleted).`);
		}
	}
	for (const t of rest) {
		if (/^(flags|xattrs)?\s*=?\s*\(|^flags|^xattrs|^=$/.test(t.text) || t.text.startsWith("(")) continue;
		if (isPathWord(t.text) && !attachment) attachment = unquote(t.text);
		else state.reportAt(t, `Unexpected "${t.text}" in the profile header.`);
	}
	const mode = MODE_BY_FLAG.find(([flag]) => flags.includes(flag))?.[1] ?? "enforce";
	return {
		name,
		...attachment ? { attachment } : {},
		flags,
		mode,
		hat,
		line: first.line,
		column: first.column,
		endLine: first.line,
		header: tokens.map((t) => t.text).join(" "),
		includes: [],
		rules: [],
		children: []
	};
}
function finishStatement(state, terminator) {
	const tokens = state.pending;
	state.pending = [];
	if (tokens.length === 0) {
		if (terminator?.kind === "comma") state.reportAt(terminator, "This comma ends an empty rule; remove it.");
		return;
	}
	if (state.insideUnknownBlock()) return;
	const profile = state.current();
	if (!profile) {
		finishTopLevel(state, tokens);
		return;
	}
	const { rule, problems } = parseRule(tokens);
	for (const p of problems) state.reportAt(p.token, p.message);
	if (rule) profile.rules.push(rule);
}
function finishTopLevel(state, tokens) {
	const head = tokens[0];
	if (!head) return;
	if (head.text === "abi") {
		state.abi = unquote((tokens[1]?.text ?? "").replace(/^<|>$/g, ""));
		return;
	}
	if (head.text === "alias") return;
	state.reportAt(head, `"${tokens.map((t) => t.text).join(" ")}" is outside any profile; rules belong between a profile's braces.`);
}
/** A statement with no problems, e.g. `deny /etc/** wl`: a new rule on the next line means the comma was forgotten. */
function looksComplete(tokens) {
	if (tokens.length === 0) return false;
	const head = tokens[0]?.text ?? "";
	if (head === "profile" || head === "hat" || head.startsWith("^")) return false;
	return parseRule(tokens).problems.length === 0;
}
function handleToken(state, token) {
	const last = state.pending[state.pending.length - 1];
	if (token.kind === "comma") {
		finishStatement(state, token);
		return;
	}
	if (token.kind === "open") {
		const tokens = state.pending;
		state.pending = [];
		const parent = state.current();
		const profile = state.insideUnknownBlock() ? void 0 : parseHeader(state, tokens, token, parent !== void 0);
		if (profile) (parent ? parent.children : state.profiles).push(profile);
		state.stack.push({
			...profile ? { profile } : {},
			open: token
		});
		return;
	}
	if (token.kind === "close") {
		if (last) {
			state.report(last.line, last.endColumn, last.endColumn + 1, "This rule needs a comma at its end.");
			finishStatement(state);
		}
		const block = state.stack.pop();
		if (!block) state.reportAt(token, "This \"}\" closes nothing: there is no open \"{\" before it.");
		else if (block.profile) block.profile.endLine = token.line;
		return;
	}
	if (last && token.kind === "word" && token.line > last.line && startsRule(token.text) && state.current() && looksComplete(state.pending)) {
		state.report(last.line, last.endColumn, last.endColumn + 1, "This rule needs a comma at its end; without it AppArmor reads the next line as part of the same rule.");
		finishStatement(state);
	}
	state.pending.push(token);
}
function handleEvent(state, event) {
	if (event.kind === "comment") {
		state.comments.push({
			line: event.line,
			column: event.column,
			text: event.text
		});
		return;
	}
	if (event.kind === "include") {
		const include = {
			line: event.line,
			path: event.path,
			magic: event.magic,
			ifExists: event.ifExists
		};
		const profile = state.current();
		(profile ? profile.includes : state.includes).push(include);
		return;
	}
	if (event.kind === "assign") {
		if (state.current()) state.report(event.line, event.column, event.endColumn, "Variables are declared before the profile, not inside it.");
		if (event.append) {
			if (!state.declared[event.name]) state.report(event.line, event.column, event.endColumn, `@{${event.name}} += adds to a variable that was never declared; use "=" first.`);
			state.declared[event.name] = [...state.declared[event.name] ?? [], ...event.values];
		} else {
			if (state.declared[event.name]) state.report(event.line, event.column, event.endColumn, `@{${event.name}} is declared twice; use "+=" to add values.`);
			state.declared[event.name] = event.values;
		}
		return;
	}
	handleToken(state, event);
}
/** Second pass, once every variable is known: expand globs and check their brackets. */
function resolveGlobs(state, variables, mayDefineMore) {
	const resolve = (rule, pattern) => {
		const { glob, undefinedNames } = expandVariables(pattern, variables);
		if (!mayDefineMore) for (const name of undefinedNames) state.report(rule.line, rule.column, rule.endColumn, `@{${name}} is never defined; declare it ("@{${name}}=/some/path") or include the tunables that define it (#include <tunables/global>).`, rule.endLine);
		for (const problem of globProblems(pattern)) state.report(rule.line, rule.column, rule.endColumn, `In ${pattern}: ${problem.message}.`, rule.endLine);
		return glob;
	};
	for (const profile of everyProfile(state.profiles)) for (const rule of profile.rules) {
		if (rule.kind === "file" && rule.path !== void 0) rule.glob = resolve(rule, rule.path);
		if (rule.kind === "link") {
			rule.glob = resolve(rule, rule.path);
			rule.targetGlob = resolve(rule, rule.target);
		}
	}
}
function attachComments(state) {
	const byLine = new Map(state.comments.map((c) => [c.line, c.text]));
	for (const profile of everyProfile(state.profiles)) for (const rule of profile.rules) {
		const comment = byLine.get(rule.endLine);
		if (comment !== void 0) rule.comment = comment;
	}
}
/** Parses AppArmor profile text into a model; never throws, problems become `apparmor-syntax` diagnostics. */
function parseAppArmorText(text) {
	const state = new ParseState();
	const { events, problems } = lex(text);
	for (const p of problems) state.report(p.line, p.column, p.endColumn, p.message);
	for (const event of events) handleEvent(state, event);
	const last = state.pending[state.pending.length - 1];
	if (last) {
		state.report(last.line, last.endColumn, last.endColumn + 1, state.current() ? "This rule needs a comma at its end." : `"${state.pending.map((t) => t.text).join(" ")}" is incomplete: end it with "," or open a profile with "{".`);
		finishStatement(state);
	}
	const lastLine = text.split(/\r\n|\r|\n/).length;
	for (const block of state.stack) {
		state.reportAt(block.open, "This \"{\" is never closed; add a \"}\" at the end of the profile.");
		if (block.profile) block.profile.endLine = lastLine;
	}
	const every = everyProfile(state.profiles);
	const includePaths = [...state.includes, ...every.flatMap((p) => p.includes)].map((i) => i.path);
	const variables = {
		...tunablesFor(includePaths),
		...state.declared
	};
	resolveGlobs(state, variables, includePaths.some((p) => !/^(tunables|abstractions)\//.test(p)));
	attachComments(state);
	return {
		profiles: state.profiles,
		includes: state.includes,
		variables,
		...state.abi !== void 0 ? { abi: state.abi } : {},
		comments: state.comments,
		diagnostics: state.diagnostics
	};
}
// src/checker/apparmor/rules/apparmor-broad-capability.ts
var rule$58 = {
	meta: {
		id: "apparmor-broad-capability",
		title: "Profile allows every capability or a dangerous one",
		severity: "warning",
		appliesTo: ["apparmor"],
		lesson: "apparmor-profiles",
		why: "A bare `capability,` lets the confined process use every capability the container has, and capabilities such as sys_admin, sys_module or dac_read_search are enough to break out of a container.",
		fix: "List only the capabilities the application needs, e.g. `capability net_bind_service,` `capability setuid,` `capability setgid,`.",
		refs: { dockerBench: ["5.1", "5.3"] },
		examples: {
			bad: "profile docker-app {\n  capability,\n}\n",
			good: "profile docker-app {\n  capability net_bind_service,\n  capability setuid,\n  capability setgid,\n}\n"
		}
	},
	check(model) {
		const hits = [];
		for (const r of everyRule(model)) {
			if (r.kind !== "capability" || r.deny) continue;
			const span = {
				line: r.line,
				column: r.column,
				endLine: r.endLine,
				endColumn: r.endColumn
			};
			if (r.capabilities.length === 0) {
				hits.push({
					...span,
					message: "A bare \"capability,\" allows every capability the container holds. List only the ones the application needs, e.g. \"capability net_bind_service,\"."
				});
				continue;
			}
			const risky = r.capabilities.filter((c) => c in DANGEROUS_CAPABILITIES);
			if (risky.length === 0) continue;
			const details = risky.map((c) => `${c} (${DANGEROUS_CAPABILITIES[c] ?? ""})`).join("; ");
			hits.push({
				...span,
				message: `This allows ${details}. Remove ${risky.length === 1 ? "it" : "them"} unless the application truly needs ${risky.length === 1 ? "it" : "them"}.`
			});
		}
		return hits;
	}
};
// src/checker/apparmor/rules/apparmor-change-profile-unconfined.ts
var rule$57 = {
	meta: {
		id: "apparmor-change-profile-unconfined",
		title: "Profile may switch itself to unconfined",
		severity: "error",
		appliesTo: ["apparmor"],
		lesson: "apparmor-profiles",
		why: "`change_profile -> unconfined` (or a bare `change_profile,`, which allows any target) lets the confined process leave confinement whenever it likes, so every other rule becomes optional.",
		fix: "Remove the rule, or name the specific, confined profile the process may move to: `change_profile -> my-restricted-profile,`.",
		refs: { dockerBench: ["5.1"] },
		examples: {
			bad: "profile docker-app {\n  change_profile -> unconfined,\n}\n",
			good: "profile docker-app {\n  change_profile -> docker-app-worker,\n}\n"
		}
	},
	check(model) {
		const hits = [];
		for (const r of everyRule(model)) {
			if (r.kind !== "change_profile" || r.deny) continue;
			const span = {
				line: r.line,
				column: r.column,
				endLine: r.endLine,
				endColumn: r.endColumn
			};
			if (r.target === void 0) hits.push({
				...span,
				message: "A \"change_profile\" rule without \"-> target\" lets the process switch to any profile, unconfined included. Name the one confined profile it may move to."
			});
			else if (r.target === "unconfined" || r.target === "**" || r.target === "*") hits.push({
				...span,
				message: `"${r.text}" lets the process drop its confinement at will. Remove it, or name a confined profile after "->".`
			});
		}
		return hits;
	}
};
// src/checker/apparmor/rules/apparmor-complain-mode.ts
var rule$56 = {
	meta: {
		id: "apparmor-complain-mode",
		title: "Profile in complain mode enforces nothing",
		severity: "warning",
		appliesTo: ["apparmor"],
		lesson: "apparmor-profiles",
		why: "In complain mode AppArmor only logs what the profile would deny and lets it happen; only explicit deny rules still apply. It is a tool for writing a profile, not for protecting a container.",
		fix: "Remove `complain` from `flags=(...)` (or use `enforce`) once the logs show the profile allows what the application needs.",
		refs: { dockerBench: ["5.1"] },
		examples: {
			bad: "profile docker-app flags=(complain) {\n  /app/** r,\n}\n",
			good: "profile docker-app flags=(attach_disconnected) {\n  /app/** r,\n}\n"
		}
	},
	check(model) {
		const hits = [];
		for (const profile of everyProfile(model.profiles)) {
			if (!profile.flags.includes("complain")) continue;
			hits.push({
				line: profile.line,
				column: profile.column,
				endColumn: profile.column + profile.header.length,
				message: `Profile ${profile.name} is in complain mode: violations are only logged, not blocked. Remove "complain" from its flags once the logs are clean.`
			});
		}
		return hits;
	}
};
// src/checker/apparmor/abstractions.ts
/**
* A deliberately small approximation of the stock abstractions, enough for the simulator to
* answer "can a program still start and resolve names?". The real files grant much more (locale
* data, terminfo, /proc/self entries...); nothing here should be read as their full content.
*/
var ABSTRACTIONS = {
	"abstractions/base": [
		"/etc/ld.so.cache mr",
		"/etc/ld.so.conf r",
		"/etc/ld.so.conf.d/{,*} r",
		"/etc/ld.so.preload r",
		"/{usr/,}lib{,32,64}/** mr",
		"/etc/locale.alias r",
		"/usr/share/locale/** r",
		"/usr/lib/locale/** mr",
		"/dev/null rw",
		"/dev/zero rw",
		"/dev/full rw",
		"/dev/random r",
		"/dev/urandom r",
		"/dev/log w",
		"/proc/sys/kernel/version r",
		"/proc/sys/kernel/ngroups_max r",
		"/proc/meminfo r",
		"/proc/stat r",
		"/proc/cpuinfo r",
		"/sys/devices/system/cpu/online r"
	],
	"abstractions/nameservice": [
		"/etc/passwd r",
		"/etc/group r",
		"/etc/shadow r",
		"/etc/nsswitch.conf r",
		"/etc/hosts r",
		"/etc/host.conf r",
		"/etc/resolv.conf r",
		"/etc/services r",
		"/etc/protocols r"
	]
};
/** The approximate file rules an include brings in, positioned on the include line. */
function abstractionFileRules(include) {
	return (ABSTRACTIONS[include.path] ?? []).map((entry) => {
		const [path = "", letters = ""] = entry.split(" ");
		return {
			kind: "file",
			line: include.line,
			column: 1,
			endLine: include.line,
			endColumn: 1,
			text: `${path} ${letters}, (from #include <${include.path}>)`,
			audit: false,
			deny: false,
			owner: false,
			path,
			glob: path,
			permissions: parsePermissions(letters, false).permissions,
			permissionText: letters
		};
	});
}
// src/checker/apparmor/query.ts
var LETTER = {
	read: "r",
	write: "w",
	append: "a",
	link: "l",
	lock: "k",
	mmap: "m",
	exec: "x"
};
function fileRulesOf(profile) {
	return [...profile.rules.filter((r) => r.kind === "file" || r.kind === "link"), ...profile.includes.flatMap(abstractionFileRules)];
}
/** Length of the literal text before the first glob character: the more, the more specific the rule. */
function specificity(rule) {
	if (rule.glob === void 0) return -1;
	const cut = rule.glob.search(/[*?[{]/);
	return cut < 0 ? rule.glob.length + 1 : cut;
}
function mostSpecific(rules) {
	return rules.reduce((best, r) => !best || specificity(r) > specificity(best) ? r : best, void 0);
}
function normalisePath(path) {
	return path.replace(/\/{2,}/g, "/");
}
function ruleMatches(rule, path, access, options) {
	if (rule.owner && options.owned === false) return false;
	if (rule.kind === "link") {
		if (access !== "link" || !globMatches(rule.glob, path)) return false;
		return options.linkTarget === void 0 || globMatches(rule.targetGlob, normalisePath(options.linkTarget));
	}
	if (!grants(rule.permissions, access)) return false;
	return rule.glob === void 0 || globMatches(rule.glob, path);
}
function ref(rule) {
	return {
		line: rule.line,
		text: rule.text
	};
}
function describe$1(rule) {
	return `"${rule.text}" (line ${rule.line})`;
}
function accessWords(access, path) {
	if (access === "read" && path.endsWith("/")) return `read (list) the directory ${path}`;
	if (access === "link") return `create a hard link named ${path}`;
	if (access === "mmap") return `map ${path} as executable`;
	return `${access} ${path}`;
}
function complainOverride(profile, decision) {
	if (profile.mode !== "complain" || decision.allowed || decision.rule) return decision;
	return {
		...decision,
		allowed: true,
		audited: true,
		reason: `${decision.reason} Profile ${profile.name} is in complain mode, so the access goes through and is only logged.`
	};
}
/**
* May this profile perform this file access? Deny rules win over allow rules whatever their order;
* with no matching allow rule the access is denied. Directories are paths ending in `/`: listing
* `/etc` is `read` on `/etc/`. Explicit deny rules still apply in complain mode.
*/
function fileAccess(profile, path, access, options = {}) {
	const target = normalisePath(path);
	const matching = fileRulesOf(profile).filter((rule) => ruleMatches(rule, target, access, options));
	const denyRule = mostSpecific(matching.filter((r) => r.deny));
	const letterNote = access === "link" ? " (\"l\" is link, not list.)" : "";
	if (profile.mode === "unconfined") return {
		allowed: true,
		audited: false,
		reason: `Profile ${profile.name} has flags=(unconfined), so it confines nothing.`
	};
	if (denyRule) return {
		allowed: false,
		audited: matching.some((r) => r.deny && r.audit),
		rule: ref(denyRule),
		reason: `${describe$1(denyRule)} denies "${LETTER[access]}": the process may not ${accessWords(access, target)}. Deny rules win over any allow rule.${letterNote}`
	};
	const allowRule = mostSpecific(matching.filter((r) => !r.deny));
	if (allowRule) {
		const audited = matching.some((r) => r.audit);
		const exec = allowRule.kind === "file" && access === "exec" ? allowRule.permissions.exec : void 0;
		const execTarget = allowRule.kind === "file" && access === "exec" ? allowRule.target : void 0;
		return {
			allowed: true,
			audited,
			rule: ref(allowRule),
			reason: `${describe$1(allowRule)} allows the process to ${accessWords(access, target)}${audited ? ", and an audit rule logs it" : ""}.${letterNote}`,
			...exec ? { execMode: exec } : {},
			...execTarget ? { target: execTarget } : {}
		};
	}
	return complainOverride(profile, {
		allowed: false,
		audited: true,
		reason: `No rule in profile ${profile.name} allows it to ${accessWords(access, target)}; anything a profile does not allow is denied.${letterNote}`
	});
}
// src/checker/apparmor/rules/apparmor-link-is-not-list.ts
var MENTIONS_LISTING = /\b(list|listing|ls|readdir)\b/i;
/** The directory a glob is about: `/etc/**` -> `/etc/`. */
function directoryOf(path) {
	const cut = path.search(/[*?[{]/);
	const head = cut < 0 ? path : path.slice(0, cut);
	return head.endsWith("/") ? head : head.slice(0, head.lastIndexOf("/") + 1) || "/";
}
/** Comments on the rule's line or in the comment block right above it. */
function nearbyComments(r, byLine) {
	const found = [];
	if (r.comment !== void 0) found.push(r.comment);
	for (let line = r.line - 1; byLine.has(line); line--) found.push(byLine.get(line)?.text ?? "");
	return found;
}
// src/checker/apparmor/rules/index.ts
var apparmorRules = [
	{
		meta: {
			id: "apparmor-no-profile",
			title: "The file must declare a profile",
			severity: "error",
			appliesTo: ["apparmor"],
			lesson: "apparmor-profiles",
			why: "Rules only take effect inside a profile block, and `--security-opt apparmor=NAME` needs a profile with that name; a file without one confines nothing.",
			fix: "Wrap the rules in `profile NAME flags=(attach_disconnected,mediate_deleted) { ... }` and load it with `apparmor_parser -r -W`.",
			refs: { dockerBench: ["5.1"] },
			examples: {
				bad: "#include <tunables/global>\n\ndeny /etc/** w,\n",
				good: "#include <tunables/global>\n\nprofile docker-app flags=(attach_disconnected,mediate_deleted) {\n  #include <abstractions/base>\n  file,\n  deny /etc/** w,\n}\n"
			}
		},
		check(model) {
			if (model.profiles.length > 0) return [];
			return [{
				line: 1,
				message: "This file declares no profile, so it confines nothing. Put the rules inside \"profile NAME { ... }\" and pass that NAME to --security-opt apparmor=NAME."
			}];
		}
	},
	rule$56,
	{
		meta: {
			id: "apparmor-unconfined-exec",
			title: "Programs executed without confinement",
			severity: "error",
			appliesTo: ["apparmor"],
			lesson: "apparmor-profiles",
			why: "The `ux`/`Ux` modes, and the `pux`/`cux` fallbacks, start the program with no AppArmor profile at all; the man page says a profile using them provides negligible security, since the program can do anything the user can.",
			fix: "Use `ix` to keep the program under this profile, or `px`/`Px` (`cx`/`Cx`) to give it a profile of its own.",
			refs: { dockerBench: ["5.1"] },
			examples: {
				bad: "profile docker-app {\n  /bin/sh Ux,\n}\n",
				good: "profile docker-app {\n  /usr/sbin/nginx ix,\n}\n"
			}
		},
		check(model) {
			const hits = [];
			for (const r of everyRule(model)) {
				if (r.kind !== "file" || r.deny || !r.permissions.exec || !UNCONFINED_EXEC_MODES.has(r.permissions.exec)) continue;
				const mode = r.permissions.exec;
				const what = r.path ?? "any program";
				const fallback = mode.length === 3;
				hits.push({
					line: r.line,
					column: r.column,
					endLine: r.endLine,
					endColumn: r.endColumn,
					message: fallback ? `"${mode}" runs ${what} unconfined whenever its own profile is missing. Use "${mode[0]}ix" (fall back to this profile) or plain "${mode[0]}x".` : `"${mode}" runs ${what} with no AppArmor confinement at all. Use "ix" to keep it under this profile, or "px" to give it its own.`
				});
			}
			return hits;
		}
	},
	rule$57,
	rule$58,
	{
		meta: {
			id: "apparmor-mount-allowed",
			title: "Profile allows mounting",
			severity: "warning",
			appliesTo: ["apparmor"],
			lesson: "apparmor-profiles",
			why: "Mounting lets a process reshape the filesystem it sees, for example mount over the paths the profile protects, or mount a host device or cgroup filesystem, a classic escape step. Docker's default profile denies it.",
			fix: "Remove the `mount`/`remount`/`pivot_root` rule and add `deny mount,`.",
			refs: { dockerBench: ["5.1"] },
			examples: {
				bad: "profile docker-app {\n  mount,\n}\n",
				good: "profile docker-app {\n  deny mount,\n}\n"
			}
		},
		check(model) {
			const hits = [];
			for (const r of everyRule(model)) {
				if (r.deny || r.kind !== "mount" && r.kind !== "remount" && r.kind !== "pivot_root") continue;
				hits.push({
					line: r.line,
					column: r.column,
					endLine: r.endLine,
					endColumn: r.endColumn,
					message: r.details === "" ? `A bare "${r.kind}," allows every ${r.kind === "pivot_root" ? "root switch" : "mount"}. Remove it and add "deny mount," so the container cannot mount over protected paths.` : `"${r.text}" lets the container mount filesystems. Remove it unless the application must mount, and add "deny mount,".`
				});
			}
			return hits;
		}
	},
	{
		meta: {
			id: "apparmor-link-is-not-list",
			title: "\"l\" means link, not list",
			severity: "info",
			appliesTo: ["apparmor"],
			lesson: "apparmor-profiles",
			why: "In AppArmor `l` allows creating hard links. Listing a directory is `r` on the directory path written with a trailing slash, so `deny /etc/** wl` does not stop `ls /etc`.",
			fix: "To block listing, deny `r` on the directory itself: `deny /etc/ r,` (and `deny /etc/**/ r,` for its subdirectories).",
			refs: {},
			examples: {
				bad: "profile docker-app {\n  file,\n  # deny write and list in /etc\n  deny /etc/** wl,\n}\n",
				good: "profile docker-app {\n  file,\n  # deny writes and hard links in /etc, and listing the directory\n  deny /etc/** wl,\n  deny /etc/ r,\n}\n"
			}
		},
		check(model) {
			const hits = [];
			const byLine = new Map(model.comments.map((c) => [c.line, c]));
			for (const profile of everyProfile(model.profiles)) for (const r of profile.rules) {
				if (r.kind !== "file" || r.path === void 0 || !r.permissions.link) continue;
				const span = {
					line: r.line,
					column: r.column,
					endLine: r.endLine,
					endColumn: r.endColumn
				};
				const dir = directoryOf(r.path);
				if (r.path.endsWith("/")) {
					hits.push({
						...span,
						message: `"l" on the directory ${r.path} is about hard links, not listing. Listing a directory is "r" on it: write "${r.deny ? "deny " : ""}${r.path} r,".`
					});
					continue;
				}
				if (!nearbyComments(r, byLine).some((text) => MENTIONS_LISTING.test(text))) continue;
				if (!r.deny) hits.push({
					...span,
					message: `The comment speaks of listing, but "l" is link (creating hard links). Listing ${dir} needs "r" on the directory itself: "${dir} r,".`
				});
				else if (fileAccess(profile, dir, "read").allowed) hits.push({
					...span,
					message: `The comment speaks of listing, but "l" is link (creating hard links). This rule does not stop "ls ${dir}"; add "deny ${dir} r," for that.`
				});
			}
			return hits;
		}
	}
];
// src/checker/apparmor/index.ts
/** Parses AppArmor profile text; never throws, syntax problems become diagnostics. */
function parseAppArmor(text) {
	return parseAppArmorText(text);
}
var apparmorChecker = {
	kind: "apparmor",
	parse: parseAppArmor,
	rules: apparmorRules
};
// src/checker/run/runtime-rule.ts
function containersOf(model) {
	return "commands" in model ? model.commands.map((c) => c.runtime) : model.services.map((s) => s.runtime);
}
/** Builds a rule whose check looks at one container at a time. */
function runtimeRule(meta, check) {
	return {
		meta,
		check: (model) => containersOf(model).flatMap(check)
	};
}
function hitAt$1(span, message) {
	return {
		line: span.line,
		column: span.column,
		endLine: span.endLine,
		endColumn: span.endColumn,
		message
	};
}
/** Picks the wording for the syntax the learner wrote: `docker run` flags or Compose keys. */
function inSyntax(runtime, run, compose) {
	return runtime.source === "run" ? run : compose;
}
// src/checker/run/rules/apparmor-unconfined.ts
var rule$51 = runtimeRule({
	id: "apparmor-unconfined",
	title: "The AppArmor profile is turned off",
	severity: "error",
	appliesTo: ["run", "compose"],
	lesson: "apparmor-profiles",
	why: "Docker's default AppArmor profile denies writes to /proc and /sys internals and blocks mount; unconfined removes that layer.",
	fix: "Remove apparmor=unconfined, or load a profile written for this application and name it with apparmor=<profile>.",
	refs: { dockerBench: ["5.2"] },
	examples: {
		bad: "docker run --security-opt apparmor=unconfined nginx",
		good: "docker run --security-opt apparmor=docker-nginx nginx"
	}
}, (runtime) => {
	const { state, span } = runtime.apparmor;
	if (state !== "unconfined" || !span) return [];
	return [hitAt$1(span, inSyntax(runtime, "apparmor=unconfined runs this container without any AppArmor profile; remove it or name a profile written for the app.", "apparmor:unconfined runs this service without any AppArmor profile; remove it or name a profile written for the app."))];
});
// src/checker/run/rules/dangerous-capability.ts
/** What each risky capability lets root in the container do to the host. */
var DANGEROUS = {
	ALL: "grants every capability, which is as good as privileged",
	SYS_ADMIN: "allows mount, namespace and cgroup operations used in classic container escapes",
	SYS_MODULE: "loads kernel modules, i.e. runs code in the host kernel",
	SYS_PTRACE: "lets it trace and inject code into other processes",
	DAC_READ_SEARCH: "bypasses file read checks and allows open_by_handle_at, the basis of a known breakout",
	BPF: "loads eBPF programs into the host kernel",
	PERFMON: "opens kernel performance monitoring, a source of kernel information leaks",
	SYS_RAWIO: "gives raw access to I/O ports and device memory",
	SYS_BOOT: "can reboot the host or load a new kernel",
	MAC_ADMIN: "can change the AppArmor or SELinux policy that confines containers",
	MAC_OVERRIDE: "bypasses AppArmor or SELinux checks",
	NET_ADMIN: "reconfigures interfaces, routes and firewall rules of its network namespace (the host's with host networking)",
	SYS_TIME: "sets the host clock, which is shared by every container",
	SYSLOG: "reads and clears the kernel log, which leaks kernel addresses",
	LINUX_IMMUTABLE: "changes immutable and append-only file flags",
	SYS_RESOURCE: "overrides resource limits and quotas",
	AUDIT_CONTROL: "changes the host's audit rules"
};
var rule$50 = runtimeRule({
	id: "dangerous-capability",
	title: "A dangerous capability is added",
	severity: "error",
	appliesTo: ["run", "compose"],
	lesson: "least-privilege-capabilities",
	why: "Capabilities such as SYS_ADMIN, SYS_MODULE or SYS_PTRACE give root in the container powers over the host kernel and other processes, undoing most of the isolation.",
	fix: "Remove the capability; if one is truly needed, add that single one after dropping ALL and explain why next to it.",
	refs: {
		kics: ["ce76b7d0 Container Capabilities Unrestricted"],
		dockerBench: ["5.4"]
	},
	examples: {
		bad: "docker run --cap-add SYS_ADMIN myapp",
		good: "docker run --cap-drop ALL --cap-add NET_BIND_SERVICE myapp"
	}
}, (runtime) => runtime.capAdd.flatMap((cap) => {
	const effect = DANGEROUS[cap.name];
	if (!effect) return [];
	return [hitAt$1(cap.span, `${cap.name} ${effect}; ${inSyntax(runtime, `remove --cap-add ${cap.name}`, `remove ${cap.name} from cap_add`)} unless the workload cannot run without it.`)];
}));
// src/checker/run/rules/docker-socket-mount.ts
var RUNTIME_SOCKETS$1 = /(^|\/)(docker|containerd|crio|podman)\.sock$/;
var rule$49 = runtimeRule({
	id: "docker-socket-mount",
	title: "The container engine socket is mounted",
	severity: "error",
	appliesTo: ["run", "compose"],
	lesson: "container-runtimes",
	why: "Whoever can talk to docker.sock controls the daemon: it can start a privileged container that mounts the host's / and so become root on the host.",
	fix: "Do not mount the socket; if a tool really needs the API, give it a restricted proxy or run it outside containers.",
	refs: {
		kics: ["d6355c88 Docker Socket Mounted In Container"],
		dockerBench: ["5.32"]
	},
	examples: {
		bad: "docker run -v /var/run/docker.sock:/var/run/docker.sock portainer/portainer",
		good: "docker run -v portainer_data:/data portainer/portainer"
	}
}, (runtime) => runtime.mounts.flatMap((mount) => {
	const source = mount.source?.replace(/\/+$/, "") ?? "";
	if (mount.type !== "bind" || !RUNTIME_SOCKETS$1.test(source)) return [];
	const readOnly = mount.readOnly ? " Mounting it read-only does not help: the API works over the socket either way." : "";
	return [hitAt$1(mount.span, `${inSyntax(runtime, "This mount", "This volume")} hands the container ${source}, i.e. full control of the engine and root on the host; remove it.${readOnly}`)];
}));
// src/checker/run/rules/host-device.ts
var rule$48 = runtimeRule({
	id: "host-device",
	title: "A host device is passed into the container",
	severity: "warning",
	appliesTo: ["run", "compose"],
	lesson: "never-privileged",
	why: "A device node gives the container direct access to host hardware: a disk device can be mounted and read or rewritten from inside, bypassing file permissions.",
	fix: "Remove the device unless the workload needs it; if it does, restrict it to the permissions it needs (:r for read-only).",
	refs: { dockerBench: ["5.18"] },
	examples: {
		bad: "docker run --device /dev/sda myapp",
		good: "docker run myapp"
	}
}, (runtime) => runtime.devices.map((device) => {
	const access = device.permissions.includes("w") || device.permissions.includes("m") ? ` with "${device.permissions}" access` : " read-only";
	return hitAt$1(device.span, `${inSyntax(runtime, "--device", "devices:")} passes the host's ${device.host} into the container${access}; remove it unless the app truly needs that device.`);
}));
// src/checker/run/rules/host-ipc.ts
var rule$47 = runtimeRule({
	id: "host-ipc",
	title: "Container shares the host IPC namespace",
	severity: "warning",
	appliesTo: ["run", "compose"],
	lesson: "never-privileged",
	why: "The host IPC namespace exposes the host's shared memory segments, semaphores and message queues to the container.",
	fix: "Remove the host IPC mode; share IPC only with a specific container (container:<name>) when two containers really need it.",
	refs: { dockerBench: ["5.17"] },
	examples: {
		bad: "docker run --ipc=host myapp",
		good: "docker run myapp"
	}
}, (runtime) => {
	const span = runtime.hostNamespaces.ipc;
	if (!span) return [];
	return [hitAt$1(span, inSyntax(runtime, "--ipc=host gives this container the host's shared memory and message queues; remove it.", "ipc: host gives this service the host's shared memory and message queues; remove it."))];
});
// src/checker/run/rules/host-network.ts
var rule$46 = runtimeRule({
	id: "host-network",
	title: "Container shares the host network namespace",
	severity: "error",
	appliesTo: ["run", "compose"],
	lesson: "no-host-network",
	why: "With the host network the container sees every host interface and can reach services bound only to the host loopback, including local admin sockets.",
	fix: "Use the default bridge network (or a user-defined one) and publish only the ports clients need.",
	refs: {
		kics: ["071a71ff Shared Host Network Namespace"],
		dockerBench: ["5.10"]
	},
	examples: {
		bad: "docker run -d --network host nginx",
		good: "docker run -d -p 127.0.0.1:8080:80 nginx"
	}
}, (runtime) => {
	const span = runtime.hostNamespaces.net;
	if (!span) return [];
	const publishes = runtime.ports.length > 0 || runtime.publishAll?.value === true;
	return [hitAt$1(span, inSyntax(runtime, "--network host puts this container on the host network stack, where it can reach services bound to the host loopback; drop it and publish the port it serves with -p.", "network_mode: host puts this service on the host network stack, where it can reach services bound to the host loopback; remove it and publish the port it serves under ports.") + (publishes ? " Its published ports are discarded in host mode anyway." : ""))];
});
// src/checker/run/rules/host-pid.ts
var rule$45 = runtimeRule({
	id: "host-pid",
	title: "Container shares the host PID namespace",
	severity: "error",
	appliesTo: ["run", "compose"],
	lesson: "never-privileged",
	why: "In the host PID namespace the container sees every host process; with ptrace or SYS_ADMIN it can signal, inspect or enter them (nsenter --target 1).",
	fix: "Remove the host PID mode; use docker exec or a sidecar sharing only the target container's PID namespace when debugging.",
	refs: {
		kics: ["4f31dd9f Host Namespace is Shared"],
		dockerBench: ["5.16"]
	},
	examples: {
		bad: "docker run --pid=host alpine ps aux",
		good: "docker run --rm alpine ps aux"
	}
}, (runtime) => {
	const span = runtime.hostNamespaces.pid;
	if (!span) return [];
	return [hitAt$1(span, inSyntax(runtime, "--pid=host lets this container see and signal every process on the host; remove it.", "pid: host lets this service see and signal every process on the host; remove it."))];
});
// src/checker/run/rules/host-userns.ts
var rule$44 = runtimeRule({
	id: "host-userns",
	title: "Container opts out of user-namespace remapping",
	severity: "warning",
	appliesTo: ["run", "compose"],
	lesson: "run-as-non-root",
	why: "On a daemon with userns-remap, the host user namespace makes root in the container the real root of the host again.",
	fix: "Remove the host userns mode so the daemon's remapping applies to this container.",
	refs: { dockerBench: ["5.31"] },
	examples: {
		bad: "docker run --userns=host myapp",
		good: "docker run myapp"
	}
}, (runtime) => {
	const span = runtime.hostNamespaces.userns;
	if (!span) return [];
	return [hitAt$1(span, inSyntax(runtime, "--userns=host turns off user-namespace remapping for this container, so its root is the host's root; remove it.", "userns_mode: host turns off user-namespace remapping for this service, so its root is the host's root; remove it."))];
});
// src/checker/run/rules/host-uts.ts
var rule$43 = runtimeRule({
	id: "host-uts",
	title: "Container shares the host UTS namespace",
	severity: "warning",
	appliesTo: ["run", "compose"],
	lesson: "never-privileged",
	why: "In the host UTS namespace the container sees the host's hostname and domain name, and with SYS_ADMIN it can change them for the whole host.",
	fix: "Remove the host UTS mode; set a name with --hostname (hostname: in Compose) if the app needs one.",
	refs: { dockerBench: ["5.21"] },
	examples: {
		bad: "docker run --uts=host myapp",
		good: "docker run --hostname web myapp"
	}
}, (runtime) => {
	const span = runtime.hostNamespaces.uts;
	if (!span) return [];
	return [hitAt$1(span, inSyntax(runtime, "--uts=host shares the host's hostname with this container; remove it and use --hostname if a name is needed.", "uts: host shares the host's hostname with this service; remove it and use hostname: if a name is needed."))];
});
// src/checker/run/rules/no-cap-drop.ts
var rule$42 = runtimeRule({
	id: "no-cap-drop",
	title: "Default capabilities are kept",
	severity: "info",
	appliesTo: ["run", "compose"],
	lesson: "least-privilege-capabilities",
	why: "Docker grants 14 capabilities by default (CHOWN, DAC_OVERRIDE, NET_RAW, SETUID, ...); most applications need none of them.",
	fix: "Drop all capabilities and add back only the ones the application needs, often none or NET_BIND_SERVICE.",
	refs: {
		kics: ["ce76b7d0 Container Capabilities Unrestricted"],
		dockerBench: ["5.4"]
	},
	examples: {
		bad: "docker run -d nginx",
		good: "docker run -d --cap-drop ALL --cap-add NET_BIND_SERVICE nginx"
	}
}, (runtime) => {
	if (runtime.capDrop.length > 0 || runtime.privileged?.value) return [];
	return [hitAt$1(runtime.span, inSyntax(runtime, "This container keeps Docker's 14 default capabilities; add --cap-drop ALL, then --cap-add only what it needs.", `Service "${runtime.name?.value ?? ""}" keeps Docker's 14 default capabilities; add cap_drop: [ALL], then cap_add only what it needs.`))];
});
// src/checker/run/rules/no-new-privileges-missing.ts
var rule$41 = runtimeRule({
	id: "no-new-privileges-missing",
	title: "Processes may gain privileges through setuid binaries",
	severity: "info",
	appliesTo: ["run", "compose"],
	lesson: "least-privilege-capabilities",
	why: "Without no-new-privileges, a setuid or setcap binary in the image (su, sudo, ping) can raise a process's privileges inside the container.",
	fix: "Add the no-new-privileges security option so setuid and file capabilities no longer grant anything.",
	refs: {
		kics: ["27fcc7d6 No New Privileges Not Set"],
		dockerBench: ["5.26"]
	},
	examples: {
		bad: "docker run -d myapp",
		good: "docker run -d --security-opt no-new-privileges myapp"
	}
}, (runtime) => {
	const setting = runtime.noNewPrivileges;
	if (setting?.value) return [];
	const advice = inSyntax(runtime, "add --security-opt no-new-privileges", "add no-new-privileges:true under security_opt");
	if (setting) return [hitAt$1(setting.span, `no-new-privileges is set to false, so setuid binaries can still raise privileges; ${advice}.`)];
	const who = inSyntax(runtime, "This container", `Service "${runtime.name?.value ?? ""}"`);
	return [hitAt$1(runtime.span, `${who} lets setuid binaries such as su raise privileges; ${advice}.`)];
});
// src/checker/run/rules/port-on-all-interfaces.ts
var ANY_ADDRESS = /* @__PURE__ */ new Set([
	"0.0.0.0",
	"::",
	""
]);
function isOnAllInterfaces(port) {
	return port.hostIp === null || ANY_ADDRESS.has(port.hostIp);
}
function loopbackForm(port) {
	const proto = port.protocol === "tcp" ? "" : `/${port.protocol}`;
	return `127.0.0.1:${port.hostPort ?? ""}:${port.containerPort}${proto}`;
}
var rule$40 = runtimeRule({
	id: "port-on-all-interfaces",
	title: "A port is published on every host interface",
	severity: "info",
	appliesTo: ["run", "compose"],
	lesson: "no-host-network",
	why: "A published port without an address binds 0.0.0.0, so it is open not only to this host but to any machine that can reach it.",
	fix: "Bind the port to the address clients use; 127.0.0.1 when only this machine needs it.",
	refs: { dockerBench: ["5.14"] },
	examples: {
		bad: "docker run -p 8080:80 nginx",
		good: "docker run -p 127.0.0.1:8080:80 nginx"
	}
}, (runtime) => {
	if (runtime.hostNamespaces.net) return [];
	const hits = runtime.ports.filter(isOnAllInterfaces).map((port) => hitAt$1(port.span, inSyntax(runtime, `-p ${port.raw} listens on every interface of the host, so other machines can connect; if only local clients need it, write -p ${loopbackForm(port)}.`, `"${port.raw}" listens on every interface of the host, so other machines can connect; if only local clients need it, write "${loopbackForm(port)}".`)));
	const all = runtime.publishAll;
	if (all?.value) hits.push(hitAt$1(all.span, "-P publishes every exposed port on every host interface; publish only the ports needed with -p 127.0.0.1:HOST:CONTAINER."));
	return hits;
});
// src/checker/run/rules/privileged.ts
var rule$39 = runtimeRule({
	id: "privileged",
	title: "Container runs privileged",
	severity: "error",
	appliesTo: ["run", "compose"],
	lesson: "never-privileged",
	why: "A privileged container gets every capability and every host device, and loses the default seccomp and AppArmor profiles; root inside it can take over the host.",
	fix: "Remove privileged mode and grant only the specific capability or device the workload needs.",
	refs: {
		kics: ["ae5b6871 Privileged Containers Enabled"],
		semgrep: ["yaml.docker-compose.security.privileged-service"],
		dockerBench: ["5.5"]
	},
	examples: {
		bad: "docker run --privileged -d nginx",
		good: "docker run -d --cap-drop ALL --cap-add NET_BIND_SERVICE nginx"
	}
}, (runtime) => {
	const privileged = runtime.privileged;
	if (!privileged?.value) return [];
	return [hitAt$1(privileged.span, inSyntax(runtime, "--privileged gives this container all capabilities, every host device and no seccomp or AppArmor profile; remove it and add only the capability it needs with --cap-add.", "privileged: true gives this service all capabilities, every host device and no seccomp or AppArmor profile; remove it and list only the capability it needs under cap_add."))];
});
// src/checker/run/rules/run-as-root-user.ts
var ROOT_USER = /^(0+|root)(:|$)/i;
var rule$38 = runtimeRule({
	id: "run-as-root-user",
	title: "The container is started as root",
	severity: "error",
	appliesTo: ["run", "compose"],
	lesson: "run-as-non-root",
	why: "A user override of root (or uid 0) throws away the image's non-root USER; any flaw in the app then runs as root, with all of root's capabilities.",
	fix: "Remove the override so the image's USER applies, or give a non-root uid such as 10001.",
	refs: {},
	examples: {
		bad: "docker run -u root myapp",
		good: "docker run -u 10001:10001 myapp"
	}
}, (runtime) => {
	const user = runtime.user;
	if (!user || !ROOT_USER.test(user.value.trim())) return [];
	return [hitAt$1(user.span, inSyntax(runtime, `-u ${user.value} runs the process as root whatever USER the image sets; remove it or use a non-root uid such as -u 10001.`, `user: "${user.value}" runs the service as root whatever USER the image sets; remove it or use a non-root uid such as "10001".`))];
});
// src/checker/run/rules/seccomp-unconfined.ts
var rule$37 = runtimeRule({
	id: "seccomp-unconfined",
	title: "The seccomp filter is turned off",
	severity: "error",
	appliesTo: ["run", "compose"],
	lesson: "least-privilege-capabilities",
	why: "Docker's default seccomp profile blocks about 44 risky system calls such as mount, unshare, keyctl, bpf and kexec_load; unconfined makes all of them available.",
	fix: "Remove seccomp=unconfined; if one system call is missing, start from Docker's default profile and allow just that call.",
	refs: {
		kics: ["404fde2c Default Seccomp Profile Disabled"],
		dockerBench: ["5.22"]
	},
	examples: {
		bad: "docker run --security-opt seccomp=unconfined myapp",
		good: "docker run --security-opt seccomp=./profile.json myapp"
	}
}, (runtime) => {
	const { state, span } = runtime.seccomp;
	if (state !== "unconfined" || !span) return [];
	return [hitAt$1(span, inSyntax(runtime, "seccomp=unconfined removes the system call filter, so calls like mount, unshare and bpf reach the host kernel; remove this --security-opt.", "seccomp:unconfined removes the system call filter, so calls like mount, unshare and bpf reach the host kernel; remove it from security_opt."))];
});
// src/checker/run/rules/selinux-disabled.ts
var rule$36 = runtimeRule({
	id: "selinux-disabled",
	title: "SELinux labelling is turned off",
	severity: "warning",
	appliesTo: ["run", "compose"],
	lesson: "apparmor-profiles",
	why: "On SELinux hosts the container label keeps a container away from host files and other containers; label=disable removes that barrier.",
	fix: "Remove label=disable; relabel bind mounts with :z or :Z instead.",
	refs: { dockerBench: ["5.3"] },
	examples: {
		bad: "docker run --security-opt label=disable -v /srv/data:/data myapp",
		good: "docker run -v /srv/data:/data:Z myapp"
	}
}, (runtime) => {
	const { state, span } = runtime.selinux;
	if (state !== "unconfined" || !span) return [];
	return [hitAt$1(span, inSyntax(runtime, "label=disable turns off SELinux separation for this container; remove it and relabel bind mounts with :Z if access was the problem.", "label:disable turns off SELinux separation for this service; remove it and relabel bind mounts with :Z if access was the problem."))];
});
// src/checker/run/rules/sensitive-host-mount.ts
/** Host directories whose contents are credentials, kernel interfaces or the engine's own state. */
var SENSITIVE_EXACT$1 = /* @__PURE__ */ new Set([
	"/",
	"/etc",
	"/proc",
	"/sys",
	"/var/run",
	"/run",
	"/root",
	"/home",
	"/boot",
	"/dev",
	"/var/lib/docker",
	"/usr",
	"/lib",
	"/var"
]);
/** Directories where any subpath is just as sensitive. */
var SENSITIVE_TREES$1 = [
	"/proc/",
	"/sys/",
	"/boot/",
	"/root/",
	"/var/lib/docker/",
	"/etc/ssh/",
	"/etc/sudoers",
	"/etc/shadow",
	"/etc/kubernetes/"
];
function normalize(path) {
	const collapsed = path.replace(/\/{2,}/g, "/").replace(/\/\.(?=\/|$)/g, "");
	return collapsed.length > 1 ? collapsed.replace(/\/+$/, "") : collapsed;
}
function isSensitive(mount) {
	if (mount.type !== "bind" || !mount.source?.startsWith("/")) return null;
	const source = normalize(mount.source);
	if (SENSITIVE_EXACT$1.has(source) || SENSITIVE_TREES$1.some((tree) => source.startsWith(tree) || source === tree.replace(/\/$/, ""))) return source;
	return null;
}
// src/checker/run/rules/index.ts
/** Every rule on container settings; the `docker run` and Compose checkers both run this list. */
var RUNTIME_RULES = [
	rule$39,
	rule$46,
	rule$45,
	rule$47,
	rule$43,
	rule$44,
	rule$50,
	rule$42,
	rule$49,
	runtimeRule({
		id: "sensitive-host-mount",
		title: "A sensitive host directory is mounted",
		severity: "error",
		appliesTo: ["run", "compose"],
		lesson: "never-privileged",
		why: "Host directories such as /, /etc, /proc or /var/lib/docker hold password hashes, keys, kernel interfaces and other containers' data; mounted into a container they can be read and often changed.",
		fix: "Mount only the specific application directory the container needs, or use a named volume.",
		refs: { dockerBench: ["5.6"] },
		examples: {
			bad: "docker run -v /etc:/host/etc:ro alpine",
			good: "docker run -v app_data:/data alpine"
		}
	}, (runtime) => runtime.mounts.flatMap((mount) => {
		const source = isSensitive(mount);
		if (source === null) return [];
		const access = mount.readOnly ? "Read-only still leaks its contents (keys, password hashes, other containers' files)" : "The container can read and change the host's files there";
		return [hitAt$1(mount.span, `${inSyntax(runtime, "This mount", "This volume")} exposes the host's ${source} to the container. ${access}; mount only the directory the app needs, or a named volume.`)];
	})),
	rule$48,
	rule$37,
	rule$51,
	rule$36,
	rule$38,
	rule$40,
	rule$41
];
// src/checker/run/capabilities.ts
/** Docker's default set (moby daemon/pkg/oci/caps/defaults.go): 14 capabilities. */
var DOCKER_DEFAULT_CAPABILITIES = [
	"CHOWN",
	"DAC_OVERRIDE",
	"FSETID",
	"FOWNER",
	"MKNOD",
	"NET_RAW",
	"SETGID",
	"SETUID",
	"SETFCAP",
	"SETPCAP",
	"NET_BIND_SERVICE",
	"SYS_CHROOT",
	"KILL",
	"AUDIT_WRITE"
];
/** Every Linux capability, in kernel order; what `privileged` or `--cap-add ALL` grants. */
var ALL_CAPABILITIES = [
	"CHOWN",
	"DAC_OVERRIDE",
	"DAC_READ_SEARCH",
	"FOWNER",
	"FSETID",
	"KILL",
	"SETGID",
	"SETUID",
	"SETPCAP",
	"LINUX_IMMUTABLE",
	"NET_BIND_SERVICE",
	"NET_BROADCAST",
	"NET_ADMIN",
	"NET_RAW",
	"IPC_LOCK",
	"IPC_OWNER",
	"SYS_MODULE",
	"SYS_RAWIO",
	"SYS_CHROOT",
	"SYS_PTRACE",
	"SYS_PACCT",
	"SYS_ADMIN",
	"SYS_BOOT",
	"SYS_NICE",
	"SYS_RESOURCE",
	"SYS_TIME",
	"SYS_TTY_CONFIG",
	"MKNOD",
	"LEASE",
	"AUDIT_WRITE",
	"AUDIT_CONTROL",
	"SETFCAP",
	"MAC_OVERRIDE",
	"MAC_ADMIN",
	"SYSLOG",
	"WAKE_ALARM",
	"BLOCK_SUSPEND",
	"AUDIT_READ",
	"PERFMON",
	"BPF",
	"CHECKPOINT_RESTORE"
];
var KNOWN = /* @__PURE__ */ new Set([...ALL_CAPABILITIES, "ALL"]);
/** Docker accepts `net_admin`, `CAP_NET_ADMIN` and `NET_ADMIN` alike. */
function normalizeCapability(raw) {
	const upper = raw.trim().toUpperCase();
	return upper.startsWith("CAP_") ? upper.slice(4) : upper;
}
function isKnownCapability(name) {
	return KNOWN.has(name);
}
/** The effective set, following moby's TweakCapabilities: privileged wins, then add ALL, then drop ALL, then drop-and-add. */
function effectiveCapabilities(privileged, adds, drops) {
	let caps;
	if (privileged) caps = [...ALL_CAPABILITIES];
	else if (adds.includes("ALL")) caps = ALL_CAPABILITIES.filter((c) => !drops.includes(c));
	else if (drops.includes("ALL")) caps = adds.filter((c) => c !== "ALL");
	else caps = [...DOCKER_DEFAULT_CAPABILITIES.filter((c) => !drops.includes(c)), ...adds];
	return [...new Set(caps.filter((c) => KNOWN.has(c) && c !== "ALL"))].sort();
}
// src/checker/run/specs.ts
var PORT = /^\d{1,5}(-\d{1,5})?$/;
/**
* `-p` / Compose short port syntax: `80`, `8080:80`, `127.0.0.1:8080:80`, `127.0.0.1::80`,
* `[::1]:8080:80`, `8000-8010:8000-8010`, each optionally followed by `/udp`, `/tcp` or `/sctp`.
*/
function parsePortSpec(raw, span) {
	const slash = raw.lastIndexOf("/");
	const protocol = slash >= 0 ? raw.slice(slash + 1).toLowerCase() : "tcp";
	const body = slash >= 0 ? raw.slice(0, slash) : raw;
	let hostIp = null;
	let rest = body;
	if (body.startsWith("[")) {
		const close = body.indexOf("]");
		if (close < 0 || body[close + 1] !== ":") return {
			ok: false,
			error: `"${raw}" has an unclosed IPv6 address; write it as [::1]:8080:80.`
		};
		hostIp = body.slice(1, close);
		rest = body.slice(close + 2);
	}
	const parts = rest.split(":");
	let hostPort = null;
	let containerPort;
	if (parts.length === 1) containerPort = parts[0] ?? "";
	else if (parts.length === 2 || hostIp !== null) {
		if (parts.length > 2) return {
			ok: false,
			error: `"${raw}" has too many colons for a port mapping.`
		};
		hostPort = parts[0] || null;
		containerPort = parts[1] ?? "";
	} else {
		containerPort = parts[parts.length - 1] ?? "";
		hostPort = parts[parts.length - 2] || null;
		hostIp = parts.slice(0, -2).join(":");
	}
	if (hostIp === "") hostIp = null;
	if (!PORT.test(containerPort)) return {
		ok: false,
		error: `"${raw}" does not end in a container port such as 80 or 8080/udp.`
	};
	if (hostPort !== null && !PORT.test(hostPort)) return {
		ok: false,
		error: `"${raw}" has an invalid host port "${hostPort}".`
	};
	if (![
		"tcp",
		"udp",
		"sctp"
	].includes(protocol)) return {
		ok: false,
		error: `"${raw}" uses the unknown protocol "${protocol}"; use tcp, udp or sctp.`
	};
	return {
		ok: true,
		value: {
			hostIp,
			hostPort,
			containerPort,
			protocol,
			raw,
			span
		}
	};
}
/** A host path rather than a named volume: absolute, relative or home-relative. */
function isHostPath(source) {
	return /^(\/|\.{1,2}(\/|$)|~|[A-Za-z]:[\\/]|\\\\)/.test(source) || source.startsWith("$");
}
var READ_ONLY_OPTION = /^(ro|readonly)$/i;
/** `-v` / Compose short volume syntax: `target`, `source:target`, `source:target:options`. */
function parseVolumeSpec(raw, span) {
	const parts = raw.split(":");
	if (parts.some((p, i) => p === "" && i < 2) || parts.length > 3) return {
		ok: false,
		error: `"${raw}" is not a volume spec; write SOURCE:TARGET[:ro] or just TARGET.`
	};
	if (parts.length === 1) return {
		ok: true,
		value: {
			type: "volume",
			source: null,
			target: raw,
			readOnly: false,
			options: "",
			span
		}
	};
	const source = parts[0] ?? "";
	const target = parts[1] ?? "";
	const options = parts[2] ?? "";
	const readOnly = options.split(",").some((o) => READ_ONLY_OPTION.test(o.trim()));
	return {
		ok: true,
		value: {
			type: isHostPath(source) ? "bind" : "volume",
			source,
			target,
			readOnly,
			options,
			span
		}
	};
}
var MOUNT_TYPES = /* @__PURE__ */ new Set([
	"bind",
	"volume",
	"tmpfs",
	"image",
	"npipe",
	"cluster"
]);
/** `--mount type=bind,source=/x,target=/y,readonly`; the type defaults to volume. */
function parseMountSpec(raw, span) {
	let type = "volume";
	let source = null;
	let target = null;
	let readOnly = false;
	const options = [];
	for (const field of raw.split(",")) {
		const eq = field.indexOf("=");
		const key = (eq >= 0 ? field.slice(0, eq) : field).trim().toLowerCase();
		const value = eq >= 0 ? field.slice(eq + 1).trim() : "";
		if (key === "type") type = value.toLowerCase();
		else if (key === "source" || key === "src") source = value;
		else if (key === "target" || key === "destination" || key === "dst") target = value;
		else if (key === "readonly" || key === "ro") readOnly = eq < 0 || /^(1|true)$/i.test(value);
		else if (key !== "") options.push(field.trim());
	}
	if (!MOUNT_TYPES.has(type)) return {
		ok: false,
		error: `"${raw}" uses the unknown mount type "${type}"; use bind, volume or tmpfs.`
	};
	if (!target) return {
		ok: false,
		error: `"${raw}" has no target; add target=/path/in/container.`
	};
	if (type === "bind" && !source) return {
		ok: false,
		error: `"${raw}" is a bind mount without a source; add source=/path/on/host.`
	};
	return {
		ok: true,
		value: {
			type,
			source: source || null,
			target,
			readOnly,
			options: options.join(","),
			span
		}
	};
}
/** `--tmpfs /run:rw,noexec,size=64m`. */
function parseTmpfsSpec(raw, span) {
	const colon = raw.indexOf(":");
	const target = colon >= 0 ? raw.slice(0, colon) : raw;
	const options = colon >= 0 ? raw.slice(colon + 1) : "";
	return {
		type: "tmpfs",
		source: null,
		target,
		readOnly: options.split(",").some((o) => READ_ONLY_OPTION.test(o.trim())),
		options,
		span
	};
}
/** `--device /dev/sda`, `/dev/sda:/dev/xvda`, `/dev/sda:/dev/xvda:r`, `/dev/sda:r`, or a CDI name. */
function parseDeviceSpec(raw, span) {
	const parts = raw.split(":");
	const host = parts[0] ?? raw;
	const second = parts[1];
	if (second !== void 0 && parts.length === 2 && /^[rwm]+$/.test(second)) return {
		host,
		container: host,
		permissions: second,
		span
	};
	return {
		host,
		container: second || host,
		permissions: parts[2] || "rwm",
		span
	};
}
// src/checker/run/builder.ts
var SELINUX_LABEL = /^(disable|nested|(user|role|type|level|filetype):[^:]+(:.*)?)$/;
var HOST_MODE_KEYS = [
	["net", "networkMode"],
	["pid", "pidMode"],
	["ipc", "ipcMode"],
	["uts", "utsMode"],
	["userns", "usernsMode"],
	["cgroupns", "cgroupnsMode"]
];
/**
* Collects one container's settings from either syntax (`docker run` flags or Compose keys) and
* works out what the container really gets, so both front ends share the same meaning.
*/
var RuntimeBuilder = class {
	source;
	span;
	report;
	text = {};
	switches = {};
	lists = {
		env: [],
		groupAdd: [],
		sysctls: []
	};
	lifecycle = {
		rm: false,
		detach: false,
		interactive: false,
		tty: false
	};
	capAdd = [];
	capDrop = [];
	mounts = [];
	devices = [];
	ports = [];
	securityOpts = [];
	seccompOpt = null;
	apparmorOpt = null;
	selinuxOpt = null;
	systemPaths = null;
	constructor(source, span, report) {
		this.source = source;
		this.span = span;
		this.report = report;
	}
	setText(key, value, span) {
		this.text[key] = {
			value,
			span
		};
	}
	setSwitch(key, value, span) {
		this.switches[key] = {
			value,
			span
		};
	}
	addToList(key, value, span) {
		this.lists[key].push({
			value,
			span
		});
	}
	setLifecycle(key, value) {
		this.lifecycle[key] = value;
	}
	capability(change, raw, span) {
		for (const part of raw.split(",")) {
			if (part.trim() === "") continue;
			const name = normalizeCapability(part);
			if (!isKnownCapability(name)) {
				this.report(`"${part.trim()}" is not a Linux capability; check the spelling (for example NET_BIND_SERVICE).`, span);
				continue;
			}
			(change === "add" ? this.capAdd : this.capDrop).push({
				name,
				span
			});
		}
	}
	/** `--security-opt` / Compose `security_opt`: accepts `key=value` and the older `key:value`. */
	securityOpt(raw, span) {
		const opt = raw.trim();
		this.securityOpts.push({
			value: opt,
			span
		});
		if (opt === "no-new-privileges") {
			this.setSwitch("noNewPrivileges", true, span);
			return;
		}
		const match = /^([A-Za-z-]+)[=:](.*)$/s.exec(opt);
		const key = match?.[1]?.toLowerCase();
		const value = match?.[2]?.trim() ?? "";
		switch (key) {
			case "no-new-privileges":
				if (/^(true|false)$/i.test(value)) this.setSwitch("noNewPrivileges", value.toLowerCase() === "true", span);
				else this.report(`no-new-privileges takes true or false, not "${value}".`, span);
				return;
			case "seccomp":
				this.seccompOpt = {
					value,
					span
				};
				return;
			case "apparmor":
				this.apparmorOpt = {
					value,
					span
				};
				return;
			case "label":
				if (!SELINUX_LABEL.test(value)) this.report(`"${opt}" is not an SELinux label option (disable, user:, role:, type:, level:); Docker ignores it without SELinux and refuses to start the container with it.`, span);
				else if (value === "disable" || this.selinuxOpt === null) this.selinuxOpt = {
					value,
					span
				};
				return;
			case "systempaths":
				if (value === "unconfined") this.systemPaths = span;
				else this.report(`systempaths only accepts "unconfined", not "${value}".`, span);
				return;
			case "writable-cgroups": return;
			default: this.report(`"${opt}" is not a security option Docker knows; use apparmor=, seccomp=, label=, no-new-privileges or systempaths=.`, span);
		}
	}
	volume(raw, span) {
		const parsed = parseVolumeSpec(raw, span);
		if (parsed.ok) this.mounts.push(parsed.value);
		else this.report(parsed.error, span);
	}
	mount(raw, span) {
		const parsed = parseMountSpec(raw, span);
		if (parsed.ok) this.mounts.push(parsed.value);
		else this.report(parsed.error, span);
	}
	addMount(mount) {
		this.mounts.push(mount);
	}
	tmpfs(raw, span) {
		this.mounts.push(parseTmpfsSpec(raw, span));
	}
	device(raw, span) {
		this.devices.push(parseDeviceSpec(raw, span));
	}
	port(raw, span) {
		const parsed = parsePortSpec(raw, span);
		if (parsed.ok) this.ports.push(parsed.value);
		else this.report(parsed.error, span);
	}
	addPort(port) {
		this.ports.push(port);
	}
	finish() {
		const privileged = this.switches.privileged ?? null;
		const isPrivileged = privileged?.value === true;
		const hostNamespaces = {};
		for (const [ns, key] of HOST_MODE_KEYS) {
			const mode = this.text[key];
			if (mode && mode.value.toLowerCase() === "host") hostNamespaces[ns] = mode.span;
		}
		return {
			source: this.source,
			span: this.span,
			name: this.text.name ?? null,
			image: this.text.image ?? null,
			privileged,
			capabilities: effectiveCapabilities(isPrivileged, this.capAdd.map((c) => c.name), this.capDrop.map((c) => c.name)),
			capAdd: this.capAdd,
			capDrop: this.capDrop,
			hostNamespaces,
			networkMode: this.text.networkMode ?? null,
			pidMode: this.text.pidMode ?? null,
			ipcMode: this.text.ipcMode ?? null,
			utsMode: this.text.utsMode ?? null,
			usernsMode: this.text.usernsMode ?? null,
			cgroupnsMode: this.text.cgroupnsMode ?? null,
			mounts: this.mounts,
			devices: this.devices,
			user: this.text.user ?? null,
			groupAdd: this.lists.groupAdd,
			seccomp: profileState(this.seccompOpt, isPrivileged, ["builtin"]),
			apparmor: profileState(this.apparmorOpt, isPrivileged, ["docker-default"]),
			selinux: selinuxState(this.selinuxOpt, isPrivileged),
			securityOpts: this.securityOpts,
			noNewPrivileges: this.switches.noNewPrivileges ?? null,
			systemPathsUnconfined: this.systemPaths,
			readOnlyRootfs: this.switches.readOnlyRootfs ?? null,
			ports: this.ports,
			publishAll: this.switches.publishAll ?? null,
			memory: this.text.memory ?? null,
			cpus: this.text.cpus ?? null,
			pidsLimit: this.text.pidsLimit ?? null,
			sysctls: this.lists.sysctls,
			env: this.lists.env,
			workdir: this.text.workdir ?? null,
			entrypoint: this.text.entrypoint ?? null,
			runtime: this.text.runtime ?? null,
			...this.lifecycle
		};
	}
};
/**
* An explicit profile wins even under privileged (moby WithSeccomp / WithApparmor); otherwise
* privileged means no profile at all.
*/
function profileState(opt, privileged, defaultNames) {
	if (opt && opt.value.toLowerCase() === "unconfined") return {
		state: "unconfined",
		profile: null,
		span: opt.span
	};
	if (opt && opt.value !== "" && !defaultNames.includes(opt.value)) return {
		state: "custom",
		profile: opt.value,
		span: opt.span
	};
	if (privileged) return {
		state: "unconfined",
		profile: null,
		span: null
	};
	return {
		state: "default",
		profile: null,
		span: opt?.span ?? null
	};
}
function selinuxState(opt, privileged) {
	if (opt?.value === "disable") return {
		state: "unconfined",
		profile: null,
		span: opt.span
	};
	if (privileged) return {
		state: "unconfined",
		profile: null,
		span: null
	};
	if (opt) return {
		state: "custom",
		profile: opt.value,
		span: opt.span
	};
	return {
		state: "default",
		profile: null,
		span: null
	};
}
// src/checker/compose/yaml-walk.ts
/** How deep aliases and merges are followed; a recursive alias must not loop forever. */
var MAX_DEPTH = 32;
var YamlWalker = class {
	doc;
	lines;
	constructor(doc, lines) {
		this.doc = doc;
		this.lines = lines;
	}
	span(from, to) {
		const start = this.lines.linePos(from);
		const end = this.lines.linePos(Math.max(to, from + 1));
		return {
			line: start.line,
			column: start.col,
			endLine: end.line,
			endColumn: end.col
		};
	}
	nodeSpan(node, fallback) {
		const range = node?.range;
		return range ? this.span(range[0], range[1]) : fallback;
	}
	resolve(node, depth = 0) {
		if (depth > MAX_DEPTH) return null;
		if (isAlias(node)) return this.resolve(node.resolve(this.doc), depth + 1);
		return isMap(node) || isSeq(node) || isScalar(node) ? node : null;
	}
	/** The entries of a mapping, with `<<: *base` entries merged in beneath the map's own keys. */
	entries(node, fallback, depth = 0) {
		const map = this.resolve(node);
		if (!isMap(map) || depth > MAX_DEPTH) return [];
		const own = [];
		const merged = [];
		for (const pair of map.items) {
			const keyNode = this.resolve(pair.key);
			const key = isScalar(keyNode) ? typeof keyNode.value === "symbol" ? keyNode.source ?? "" : String(keyNode.value) : "";
			const value = this.resolve(pair.value);
			if (key === "<<") {
				const sources = isSeq(value) ? value.items : [value];
				for (const source of sources) merged.push(...this.entries(source, fallback, depth + 1));
				continue;
			}
			const start = keyNode?.range?.[0];
			const end = (isAlias(pair.value) ? pair.value.range : value?.range)?.[1] ?? keyNode?.range?.[1];
			own.push({
				key,
				value,
				span: start !== void 0 && end !== void 0 ? this.span(start, end) : fallback,
				keySpan: this.nodeSpan(keyNode, fallback)
			});
		}
		const ownKeys = new Set(own.map((e) => e.key));
		return [...own, ...merged.filter((e) => !ownKeys.has(e.key))];
	}
	/** Items of a sequence, each with its span. */
	items(node, fallback) {
		if (!isSeq(node)) return [];
		return node.items.map((item) => {
			const value = this.resolve(item);
			return {
				value,
				span: this.nodeSpan(isAlias(item) ? item : value, fallback)
			};
		});
	}
};
/** A scalar as text: numbers and booleans too, since Compose accepts `user: 1000` and `"80:80"` alike. */
function scalarText(node) {
	if (!isScalar(node)) return null;
	const v = node.value;
	return typeof v === "string" || typeof v === "number" || typeof v === "boolean" || typeof v === "bigint" ? String(v) : null;
}
// src/checker/compose/service.ts
var TRUE = /^(true|yes|on|1)$/i;
var FALSE = /^(false|no|off|0)$/i;
function text(entry, ctx) {
	const value = scalarText(entry.value);
	if (value === null) ctx.report(`${entry.key} should be a single value here, not a list or mapping.`, entry.span);
	return value;
}
function flag(entry, ctx) {
	const value = scalarText(entry.value);
	if (value !== null && TRUE.test(value)) return true;
	if (value !== null && FALSE.test(value)) return false;
	ctx.report(`${entry.key} takes true or false.`, entry.span);
	return null;
}
/** A list of strings, also accepting a single string (`tmpfs: /run`). */
function list(entry, ctx) {
	if (isScalar(entry.value)) {
		const value = scalarText(entry.value);
		return value === null ? [] : [{
			value,
			span: entry.span
		}];
	}
	if (!isSeq(entry.value)) {
		ctx.report(`${entry.key} should be a list.`, entry.span);
		return [];
	}
	return ctx.walker.items(entry.value, entry.span).flatMap((item) => {
		const value = scalarText(item.value);
		if (value === null) ctx.report(`Each item of ${entry.key} should be a single value.`, item.span);
		return value === null ? [] : [{
			value,
			span: item.span
		}];
	});
}
/** `environment:` and `sysctls:` accept a list of KEY=VALUE or a mapping. */
function keyValues$1(entry, ctx) {
	if (isMap(entry.value)) return ctx.walker.entries(entry.value, entry.span).map((e) => {
		const value = scalarText(e.value);
		return {
			value: value === null ? e.key : `${e.key}=${value}`,
			span: e.span
		};
	});
	return list(entry, ctx);
}
function textSetting(key) {
	return (entry, runtime, ctx) => {
		const value = text(entry, ctx);
		if (value !== null) runtime.setText(key, value, entry.span);
	};
}
function switchSetting(key) {
	return (entry, runtime, ctx) => {
		const value = flag(entry, ctx);
		if (value !== null) runtime.setSwitch(key, value, entry.span);
	};
}
function longVolume(node, span, ctx) {
	const fields = new Map(ctx.walker.entries(node, span).map((e) => [e.key, e]));
	const field = (key) => {
		const e = fields.get(key);
		return e ? scalarText(e.value) : null;
	};
	const source = field("source");
	const target = field("target");
	if (!target) {
		ctx.report("A volume in long syntax needs a target (the path inside the container).", span);
		return null;
	}
	const type = field("type") ?? (source && isHostPath(source) ? "bind" : "volume");
	if (![
		"bind",
		"volume",
		"tmpfs",
		"image",
		"npipe",
		"cluster"
	].includes(type)) {
		ctx.report(`"${type}" is not a volume type; use bind, volume or tmpfs.`, span);
		return null;
	}
	return {
		type,
		source,
		target,
		readOnly: TRUE.test(field("read_only") ?? ""),
		options: "",
		span
	};
}
function longPort(node, span, runtime, ctx) {
	const fields = new Map(ctx.walker.entries(node, span).map((e) => [e.key, scalarText(e.value)]));
	const target = fields.get("target");
	if (!target) {
		ctx.report("A port in long syntax needs a target (the container port).", span);
		return;
	}
	const published = fields.get("published") ?? null;
	const hostIp = fields.get("host_ip") ?? null;
	const protocol = fields.get("protocol") ?? "tcp";
	const raw = `${hostIp ? `${hostIp}:` : ""}${published ?? ""}${published || hostIp ? ":" : ""}${target}${protocol === "tcp" ? "" : `/${protocol}`}`;
	runtime.addPort({
		hostIp: hostIp || null,
		hostPort: published || null,
		containerPort: target,
		protocol,
		raw,
		span
	});
}
var READERS = {
	image: textSetting("image"),
	privileged: switchSetting("privileged"),
	read_only: switchSetting("readOnlyRootfs"),
	network_mode: textSetting("networkMode"),
	pid: textSetting("pidMode"),
	ipc: textSetting("ipcMode"),
	uts: textSetting("utsMode"),
	userns_mode: textSetting("usernsMode"),
	cgroup: textSetting("cgroupnsMode"),
	user: textSetting("user"),
	working_dir: textSetting("workdir"),
	runtime: textSetting("runtime"),
	mem_limit: textSetting("memory"),
	cpus: textSetting("cpus"),
	pids_limit: textSetting("pidsLimit"),
	stdin_open: (entry, runtime, ctx) => runtime.setLifecycle("interactive", flag(entry, ctx) === true),
	tty: (entry, runtime, ctx) => runtime.setLifecycle("tty", flag(entry, ctx) === true),
	entrypoint: (entry, runtime, ctx) => {
		const parts = list(entry, ctx);
		if (parts.length > 0) runtime.setText("entrypoint", parts.map((p) => p.value).join(" "), entry.span);
	},
	cap_add: (entry, runtime, ctx) => list(entry, ctx).forEach((c) => runtime.capability("add", c.value, c.span)),
	cap_drop: (entry, runtime, ctx) => list(entry, ctx).forEach((c) => runtime.capability("drop", c.value, c.span)),
	security_opt: (entry, runtime, ctx) => list(entry, ctx).forEach((o) => runtime.securityOpt(o.value, o.span)),
	group_add: (entry, runtime, ctx) => list(entry, ctx).forEach((g) => runtime.addToList("groupAdd", g.value, g.span)),
	tmpfs: (entry, runtime, ctx) => list(entry, ctx).forEach((t) => runtime.tmpfs(t.value, t.span)),
	environment: (entry, runtime, ctx) => keyValues$1(entry, ctx).forEach((e) => runtime.addToList("env", e.value, e.span)),
	sysctls: (entry, runtime, ctx) => keyValues$1(entry, ctx).forEach((e) => runtime.addToList("sysctls", e.value, e.span)),
	devices: (entry, runtime, ctx) => {
		for (const item of ctx.walker.items(entry.value, entry.span)) {
			if (isMap(item.value)) {
				const fields = new Map(ctx.walker.entries(item.value, item.span).map((e) => [e.key, scalarText(e.value)]));
				const source = fields.get("source");
				if (source) runtime.device(`${source}:${fields.get("target") ?? source}:${fields.get("permissions") ?? "rwm"}`, item.span);
				continue;
			}
			const value = scalarText(item.value);
			if (value !== null) runtime.device(value, item.span);
		}
	},
	volumes: (entry, runtime, ctx) => {
		if (!isSeq(entry.value)) {
			ctx.report("volumes should be a list.", entry.span);
			return;
		}
		for (const item of ctx.walker.items(entry.value, entry.span)) {
			if (isMap(item.value)) {
				const mount = longVolume(item.value, item.span, ctx);
				if (mount) runtime.addMount(mount);
				continue;
			}
			const value = scalarText(item.value);
			if (value !== null) runtime.volume(value, item.span);
		}
	},
	ports: (entry, runtime, ctx) => {
		if (!isSeq(entry.value)) {
			ctx.report("ports should be a list.", entry.span);
			return;
		}
		for (const item of ctx.walker.items(entry.value, entry.span)) if (isMap(item.value)) longPort(item.value, item.span, runtime, ctx);
		else {
			const value = scalarText(item.value);
			if (value !== null) runtime.port(value, item.span);
		}
	},
	deploy: (entry, runtime, ctx) => {
		const resources = ctx.walker.entries(entry.value, entry.span).find((e) => e.key === "resources");
		const limits = resources ? ctx.walker.entries(resources.value, resources.span).find((e) => e.key === "limits") : void 0;
		if (!limits) return;
		for (const limit of ctx.walker.entries(limits.value, limits.span)) {
			const value = scalarText(limit.value);
			if (value === null) continue;
			if (limit.key === "memory") runtime.setText("memory", value, limit.span);
			if (limit.key === "cpus") runtime.setText("cpus", value, limit.span);
			if (limit.key === "pids") runtime.setText("pidsLimit", value, limit.span);
		}
	}
};
/** Maps one service onto the runtime model that `docker run` flags produce, reading only the keys that matter for it. */
function readService(name, keySpan, node, walker, report) {
	const runtime = new RuntimeBuilder("compose", keySpan, report);
	runtime.setText("name", name, keySpan);
	const ctx = {
		walker,
		report
	};
	if (node !== null && !isMap(node)) report(`Service "${name}" should be a mapping of settings.`, keySpan);
	for (const entry of walker.entries(node, keySpan)) (Object.hasOwn(READERS, entry.key) ? READERS[entry.key] : void 0)?.(entry, runtime, ctx);
	return runtime.finish();
}
// src/checker/compose/index.ts
var FILE_START = {
	line: 1,
	column: 1,
	endLine: 1,
	endColumn: 2
};
/** Parses a Compose file and models each service's container; YAML errors become `compose-syntax` diagnostics. */
function parseCompose(text) {
	const diagnostics = [];
	const report = (message, span) => {
		diagnostics.push({
			ruleId: "compose-syntax",
			severity: "error",
			message,
			...span
		});
	};
	const lines = new LineCounter();
	let services = [];
	try {
		const doc = parseDocument(text, {
			lineCounter: lines,
			merge: true,
			uniqueKeys: true,
			prettyErrors: false
		});
		const walker = new YamlWalker(doc, lines);
		for (const error of doc.errors) report(`YAML error: ${error.message.split("\n")[0] ?? ""}`, walker.span(error.pos[0], error.pos[1]));
		const top = walker.entries(doc.contents, FILE_START);
		const section = top.find((e) => e.key === "services");
		if (doc.contents !== null && top.length === 0 && doc.errors.length === 0) report("A Compose file is a mapping with a services: section.", FILE_START);
		services = section ? walker.entries(section.value, section.span).map((entry) => ({
			name: entry.key,
			span: entry.keySpan,
			runtime: readService(entry.key, entry.keySpan, entry.value, walker, report)
		})) : [];
	} catch (error) {
		report(`This file could not be read as YAML: ${error instanceof Error ? error.message : String(error)}`, FILE_START);
	}
	return {
		services,
		diagnostics
	};
}
var composeChecker = {
	kind: "compose",
	parse: parseCompose,
	rules: RUNTIME_RULES
};
// src/checker/dockerfile/catalogue.ts
/**
* Curated facts about common base images. Sizes drift between releases: "repo-info" sizes are
* linux/amd64 from docker-library/repo-info (early 2023), "readme" sizes are what the image's own
* documentation states, "estimate" sizes are rough orders of magnitude for the simulator only.
* To add an image, append an entry; the first entry whose repository and tag test match wins.
*/
var root = {
	name: "root",
	uid: 0,
	gid: 0
};
var nobody = {
	name: "nobody",
	uid: 65534,
	gid: 65534
};
var nonroot = {
	name: "nonroot",
	uid: 65532,
	gid: 65532
};
var alpineUsers = [
	root,
	{
		name: "bin",
		uid: 1,
		gid: 1
	},
	{
		name: "daemon",
		uid: 2,
		gid: 2
	},
	nobody
];
var debianUsers = [
	root,
	{
		name: "daemon",
		uid: 1,
		gid: 1
	},
	{
		name: "bin",
		uid: 2,
		gid: 2
	},
	{
		name: "www-data",
		uid: 33,
		gid: 33
	},
	nobody
];
var distrolessUsers = [
	root,
	nonroot,
	nobody
];
function image(facts) {
	const byName = facts.users.find((u) => u.name === facts.defaultUser || String(u.uid) === facts.defaultUser);
	return {
		...facts,
		defaultUid: facts.defaultUid ?? byName?.uid ?? 0,
		defaultGid: facts.defaultGid ?? byName?.gid ?? 0
	};
}
var isAlpineTag = (tag) => tag.includes("alpine");
var isSlimTag = (tag) => tag.includes("slim");
var isJreTag = (tag) => tag.includes("jre");
var isNonrootTag = (tag) => tag === "nonroot" || tag.endsWith("-nonroot") || tag === "debug-nonroot";
var isDebugTag = (tag) => tag.startsWith("debug") || tag.includes("-debug");
function distroless(flavour, description, compressedMB, toolchain = false) {
	const repositories = [`distroless/${flavour}`, ...[
		"debian11",
		"debian12",
		"debian13"
	].map((d) => `distroless/${flavour}-${d}`)];
	const base = {
		description,
		packageManager: "none",
		compressedMB,
		uncompressedMB: null,
		toolchain,
		libc: flavour === "static" ? "none" : "glibc",
		users: distrolessUsers
	};
	const sizeSource = compressedMB === null ? "estimate" : "readme";
	const tools = flavour.startsWith("java") ? ["java"] : [];
	return [
		{
			repositories,
			tag: (t) => isNonrootTag(t) && isDebugTag(t),
			info: image({
				...base,
				sizeSource,
				id: `distroless-${flavour}-debug-nonroot`,
				defaultUser: "65532",
				shell: true,
				tools: [...tools, "busybox"]
			})
		},
		{
			repositories,
			tag: isNonrootTag,
			info: image({
				...base,
				sizeSource,
				id: `distroless-${flavour}-nonroot`,
				defaultUser: "65532",
				shell: false,
				tools
			})
		},
		{
			repositories,
			tag: isDebugTag,
			info: image({
				...base,
				sizeSource,
				id: `distroless-${flavour}-debug`,
				defaultUser: "0",
				shell: true,
				tools: [...tools, "busybox"]
			})
		},
		{
			repositories,
			info: image({
				...base,
				sizeSource,
				id: `distroless-${flavour}`,
				defaultUser: "0",
				shell: false,
				tools
			})
		}
	];
}
var entries = [
	{
		repositories: ["scratch"],
		info: image({
			id: "scratch",
			description: "the empty image: no files, no shell, no users",
			defaultUser: "0",
			users: [],
			shell: false,
			packageManager: "none",
			compressedMB: 0,
			uncompressedMB: 0,
			sizeSource: "readme",
			toolchain: false,
			libc: "none",
			tools: []
		})
	},
	{
		repositories: ["alpine"],
		info: image({
			id: "alpine",
			description: "Alpine Linux: BusyBox shell, apk, musl libc",
			defaultUser: "0",
			users: alpineUsers,
			shell: true,
			packageManager: "apk",
			compressedMB: 3.4,
			uncompressedMB: 7.04,
			sizeSource: "repo-info",
			toolchain: false,
			libc: "musl",
			tools: ["busybox"]
		})
	},
	{
		repositories: ["busybox"],
		info: image({
			id: "busybox",
			description: "BusyBox utilities only",
			defaultUser: "0",
			users: [
				root,
				{
					name: "daemon",
					uid: 1,
					gid: 1
				},
				nobody
			],
			shell: true,
			packageManager: "none",
			compressedMB: 2.2,
			uncompressedMB: 4.3,
			sizeSource: "estimate",
			toolchain: false,
			libc: "glibc",
			tools: ["busybox"]
		})
	},
	{
		repositories: ["debian"],
		tag: isSlimTag,
		info: image({
			id: "debian-slim",
			description: "Debian, slim variant: bash, apt",
			defaultUser: "0",
			users: debianUsers,
			shell: true,
			packageManager: "apt",
			compressedMB: 29,
			uncompressedMB: 74.2,
			sizeSource: "repo-info",
			toolchain: false,
			libc: "glibc",
			tools: ["bash"]
		})
	},
	{
		repositories: ["debian"],
		info: image({
			id: "debian",
			description: "Debian: bash, apt",
			defaultUser: "0",
			users: debianUsers,
			shell: true,
			packageManager: "apt",
			compressedMB: 49,
			uncompressedMB: 124,
			sizeSource: "estimate",
			toolchain: false,
			libc: "glibc",
			tools: ["bash"]
		})
	},
	{
		repositories: ["ubuntu"],
		info: image({
			id: "ubuntu",
			description: "Ubuntu: bash, apt",
			defaultUser: "0",
			users: debianUsers,
			shell: true,
			packageManager: "apt",
			compressedMB: 30.4,
			uncompressedMB: 78,
			sizeSource: "repo-info",
			toolchain: false,
			libc: "glibc",
			tools: ["bash"]
		})
	},
	...distroless("static", "distroless static: CA certificates, /etc/passwd, tzdata; no shell, no package manager", 2),
	...distroless("base", "distroless base: static plus glibc and libssl; no shell", null),
	...distroless("base-nossl", "distroless base-nossl: static plus glibc; no shell", null),
	...distroless("cc", "distroless cc: base plus libgcc for C, C++ and Rust programs; no shell", null),
	...[
		"java",
		"java11",
		"java17",
		"java21",
		"java25"
	].flatMap((j) => distroless(j, "distroless Java: a Java runtime started with java -jar; no shell", null)),
	{
		repositories: ["node"],
		tag: isAlpineTag,
		info: image({
			id: "node-alpine",
			description: "Node.js on Alpine; runs as root, ships user node (1000)",
			defaultUser: "0",
			users: [...alpineUsers, {
				name: "node",
				uid: 1e3,
				gid: 1e3
			}],
			shell: true,
			packageManager: "apk",
			compressedMB: 45,
			uncompressedMB: 135,
			sizeSource: "estimate",
			toolchain: false,
			libc: "musl",
			tools: [
				"node",
				"npm",
				"yarn"
			]
		})
	},
	{
		repositories: ["node"],
		tag: isSlimTag,
		info: image({
			id: "node-slim",
			description: "Node.js on Debian slim; runs as root, ships user node (1000)",
			defaultUser: "0",
			users: [...debianUsers, {
				name: "node",
				uid: 1e3,
				gid: 1e3
			}],
			shell: true,
			packageManager: "apt",
			compressedMB: 70,
			uncompressedMB: 200,
			sizeSource: "estimate",
			toolchain: false,
			libc: "glibc",
			tools: [
				"bash",
				"node",
				"npm",
				"yarn"
			]
		})
	},
	{
		repositories: ["node"],
		info: image({
			id: "node",
			description: "Node.js on full Debian (with compilers and git); runs as root, ships user node (1000)",
			defaultUser: "0",
			users: [...debianUsers, {
				name: "node",
				uid: 1e3,
				gid: 1e3
			}],
			shell: true,
			packageManager: "apt",
			compressedMB: 390,
			uncompressedMB: 1100,
			sizeSource: "estimate",
			toolchain: false,
			libc: "glibc",
			tools: [
				"bash",
				"node",
				"npm",
				"yarn",
				"git",
				"curl",
				"gcc",
				"make"
			]
		})
	},
	{
		repositories: ["nginxinc/nginx-unprivileged"],
		info: image({
			id: "nginx-unprivileged",
			description: "nginx running as uid 101, listening on 8080",
			defaultUser: "101",
			users: [...debianUsers, {
				name: "nginx",
				uid: 101,
				gid: 101
			}],
			shell: true,
			packageManager: "apt",
			compressedMB: 70,
			uncompressedMB: 190,
			sizeSource: "estimate",
			toolchain: false,
			libc: "glibc",
			tools: ["bash", "nginx"]
		})
	},
	{
		repositories: ["nginx"],
		tag: isAlpineTag,
		info: image({
			id: "nginx-alpine",
			description: "nginx on Alpine; master process runs as root, workers as nginx (101)",
			defaultUser: "0",
			users: [...alpineUsers, {
				name: "nginx",
				uid: 101,
				gid: 101
			}],
			shell: true,
			packageManager: "apk",
			compressedMB: 20,
			uncompressedMB: 45,
			sizeSource: "estimate",
			toolchain: false,
			libc: "musl",
			tools: ["nginx"]
		})
	},
	{
		repositories: ["nginx"],
		info: image({
			id: "nginx",
			description: "nginx on Debian; master process runs as root, workers as nginx (101)",
			defaultUser: "0",
			users: [...debianUsers, {
				name: "nginx",
				uid: 101,
				gid: 101
			}],
			shell: true,
			packageManager: "apt",
			compressedMB: 70,
			uncompressedMB: 190,
			sizeSource: "estimate",
			toolchain: false,
			libc: "glibc",
			tools: ["bash", "nginx"]
		})
	},
	{
		repositories: ["eclipse-temurin"],
		tag: isJreTag,
		info: image({
			id: "eclipse-temurin-jre",
			description: "Temurin Java runtime on Ubuntu: bash, apt, curl, wget",
			defaultUser: "0",
			users: debianUsers,
			shell: true,
			packageManager: "apt",
			compressedMB: 94.3,
			uncompressedMB: null,
			sizeSource: "repo-info",
			toolchain: false,
			libc: "glibc",
			tools: [
				"bash",
				"java",
				"curl",
				"wget"
			]
		})
	},
	{
		repositories: ["eclipse-temurin"],
		info: image({
			id: "eclipse-temurin-jdk",
			description: "Temurin JDK on Ubuntu: compiler and build tools included",
			defaultUser: "0",
			users: debianUsers,
			shell: true,
			packageManager: "apt",
			compressedMB: 239.8,
			uncompressedMB: null,
			sizeSource: "repo-info",
			toolchain: true,
			libc: "glibc",
			tools: [
				"bash",
				"java",
				"javac",
				"curl",
				"wget"
			]
		})
	},
	{
		repositories: ["openjdk"],
		tag: isJreTag,
		info: image({
			id: "openjdk-jre",
			description: "OpenJDK runtime (deprecated image)",
			defaultUser: "0",
			users: debianUsers,
			shell: true,
			packageManager: "apt",
			compressedMB: 100,
			uncompressedMB: null,
			sizeSource: "estimate",
			toolchain: false,
			libc: "glibc",
			tools: ["bash", "java"]
		})
	},
	{
		repositories: ["openjdk"],
		info: image({
			id: "openjdk",
			description: "OpenJDK JDK (deprecated image)",
			defaultUser: "0",
			users: debianUsers,
			shell: true,
			packageManager: "none",
			compressedMB: 250,
			uncompressedMB: null,
			sizeSource: "estimate",
			toolchain: true,
			libc: "glibc",
			tools: [
				"bash",
				"java",
				"javac"
			]
		})
	},
	{
		repositories: ["maven"],
		info: image({
			id: "maven",
			description: "Maven on a Temurin JDK: bash, apt, git, mvn",
			defaultUser: "0",
			users: debianUsers,
			shell: true,
			packageManager: "apt",
			compressedMB: 270,
			uncompressedMB: null,
			sizeSource: "repo-info",
			toolchain: true,
			libc: "glibc",
			tools: [
				"bash",
				"java",
				"javac",
				"mvn",
				"git",
				"curl"
			]
		})
	},
	{
		repositories: ["gradle"],
		info: image({
			id: "gradle",
			description: "Gradle on a JDK; runs as root, ships user gradle (1000)",
			defaultUser: "0",
			users: [...debianUsers, {
				name: "gradle",
				uid: 1e3,
				gid: 1e3
			}],
			shell: true,
			packageManager: "apt",
			compressedMB: 300,
			uncompressedMB: null,
			sizeSource: "estimate",
			toolchain: true,
			libc: "glibc",
			tools: [
				"bash",
				"java",
				"javac",
				"gradle",
				"git"
			]
		})
	},
	{
		repositories: ["golang"],
		tag: isAlpineTag,
		info: image({
			id: "golang-alpine",
			description: "Go toolchain on Alpine",
			defaultUser: "0",
			users: alpineUsers,
			shell: true,
			packageManager: "apk",
			compressedMB: 75,
			uncompressedMB: 250,
			sizeSource: "estimate",
			toolchain: true,
			libc: "musl",
			tools: ["go"]
		})
	},
	{
		repositories: ["golang"],
		info: image({
			id: "golang",
			description: "Go toolchain on Debian with gcc and git",
			defaultUser: "0",
			users: debianUsers,
			shell: true,
			packageManager: "apt",
			compressedMB: 280,
			uncompressedMB: 800,
			sizeSource: "estimate",
			toolchain: true,
			libc: "glibc",
			tools: [
				"bash",
				"go",
				"gcc",
				"git",
				"curl"
			]
		})
	},
	{
		repositories: ["gcc"],
		info: image({
			id: "gcc",
			description: "GCC compilers on Debian",
			defaultUser: "0",
			users: debianUsers,
			shell: true,
			packageManager: "apt",
			compressedMB: 500,
			uncompressedMB: 1400,
			sizeSource: "estimate",
			toolchain: true,
			libc: "glibc",
			tools: [
				"bash",
				"gcc",
				"make",
				"git"
			]
		})
	},
	{
		repositories: ["python"],
		tag: isAlpineTag,
		info: image({
			id: "python-alpine",
			description: "Python on Alpine",
			defaultUser: "0",
			users: alpineUsers,
			shell: true,
			packageManager: "apk",
			compressedMB: 20,
			uncompressedMB: 55,
			sizeSource: "estimate",
			toolchain: false,
			libc: "musl",
			tools: ["python", "pip"]
		})
	},
	{
		repositories: ["python"],
		tag: isSlimTag,
		info: image({
			id: "python-slim",
			description: "Python on Debian slim",
			defaultUser: "0",
			users: debianUsers,
			shell: true,
			packageManager: "apt",
			compressedMB: 45,
			uncompressedMB: 130,
			sizeSource: "estimate",
			toolchain: false,
			libc: "glibc",
			tools: [
				"bash",
				"python",
				"pip"
			]
		})
	},
	{
		repositories: ["python"],
		info: image({
			id: "python",
			description: "Python on full Debian (with compilers and git)",
			defaultUser: "0",
			users: debianUsers,
			shell: true,
			packageManager: "apt",
			compressedMB: 350,
			uncompressedMB: 1e3,
			sizeSource: "estimate",
			toolchain: false,
			libc: "glibc",
			tools: [
				"bash",
				"python",
				"pip",
				"gcc",
				"make",
				"git",
				"curl"
			]
		})
	},
	{
		repositories: ["payara/micro"],
		info: image({
			id: "payara-micro",
			description: "Payara Micro on a Zulu JDK; runs as user payara (1000)",
			defaultUser: "payara",
			users: [
				root,
				{
					name: "payara",
					uid: 1e3,
					gid: 1e3
				},
				nobody
			],
			shell: true,
			packageManager: "apt",
			compressedMB: 200,
			uncompressedMB: null,
			sizeSource: "estimate",
			toolchain: false,
			libc: "glibc",
			tools: ["bash", "java"]
		})
	}
];
/**
* Splits an image reference's name into registry and repository, dropping Docker Hub's
* "docker.io/library/" prefix, so `docker.io/library/node` and `node` are the same image.
*/
function normaliseRepository(name) {
	const lower = name.toLowerCase();
	const slash = lower.indexOf("/");
	const first = slash === -1 ? "" : lower.slice(0, slash);
	const hasRegistry = slash !== -1 && (first.includes(".") || first.includes(":") || first === "localhost");
	let registry = hasRegistry ? first : null;
	let repository = hasRegistry ? lower.slice(slash + 1) : lower;
	if (registry === "docker.io" || registry === "index.docker.io" || registry === "registry-1.docker.io") registry = null;
	if (registry === null && repository.startsWith("library/")) repository = repository.slice(8);
	return {
		registry,
		repository
	};
}
/** Catalogue facts for an image, or null when the image is not in the catalogue (never guessed). */
function lookupBaseImage(registry, repository, tag) {
	const isDistroless = repository.startsWith("distroless/");
	if (isDistroless && registry !== "gcr.io") return null;
	if (!isDistroless && registry !== null) return null;
	const t = (tag ?? "").toLowerCase();
	return entries.find((e) => e.repositories.includes(repository) && (e.tag?.(t) ?? true))?.info ?? null;
}
// src/checker/dockerfile/effects.ts
var SIMPLE = {
	rm: "rm",
	mkdir: "mkdir",
	touch: "touch"
};
function operands(args) {
	const options = [];
	const paths = [];
	for (const a of args) (a.startsWith("-") && paths.length === 0 ? options : paths).push(a);
	return {
		options,
		paths
	};
}
function isRecursive(options) {
	return options.some((o) => o === "--recursive" || /^-[a-zA-Z]*[rR]/.test(o));
}
/** What `echo`/`printf` print, when the words say it plainly. */
function printed(command) {
	if (command.program === "echo") return `${command.args.filter((a) => !/^-[neE]+$/.test(a)).join(" ")}\n`;
	if (command.program === "printf") return command.args[0] ?? "";
	return null;
}
/** The file-system effects of one command that a simulator can replay: chmod, chown, rm, mkdir, touch, `> file`. */
function fileWrites(command, heredocContent) {
	const writes = [];
	const { program, args, line } = command;
	if (program === "chmod" || program === "chown") {
		const { options, paths } = operands(args);
		const [value, ...targets] = paths;
		if (value !== void 0 && targets.length > 0) writes.push({
			kind: program,
			paths: targets,
			recursive: isRecursive(options),
			value,
			content: null,
			line
		});
	} else if (SIMPLE[program]) {
		const { options, paths } = operands(args);
		if (paths.length > 0) writes.push({
			kind: SIMPLE[program],
			paths,
			recursive: isRecursive(options),
			value: null,
			content: null,
			line
		});
	} else if (program === "tee") {
		const { paths } = operands(args);
		if (paths.length > 0) writes.push({
			kind: "write",
			paths,
			recursive: false,
			value: null,
			content: null,
			line
		});
	}
	const input = command.redirects.find((r) => r.op.endsWith("<<") || r.op.endsWith("<<-"));
	const inputContent = input ? heredocContent.get(input.target.replace(/^-/, "")) ?? null : null;
	for (const r of command.redirects) {
		if (!(r.op.endsWith(">") || r.op.endsWith(">>") || r.op.endsWith(">|")) || r.target.startsWith("/dev/") || r.target === "") continue;
		const content = program === "cat" ? inputContent : printed(command);
		writes.push({
			kind: "write",
			paths: [r.target],
			recursive: false,
			value: r.op.includes(">>") ? "append" : null,
			content,
			line
		});
	}
	return writes;
}
// src/checker/dockerfile/shell.ts
/** Words that open or close a compound command; the command proper starts after them. */
var RESERVED_PREFIX = /* @__PURE__ */ new Set([
	"if",
	"then",
	"else",
	"elif",
	"do",
	"while",
	"until",
	"!",
	"time",
	"{",
	"("
]);
var RESERVED_ALONE = /* @__PURE__ */ new Set([
	"fi",
	"done",
	"esac",
	"}",
	")"
]);
function isSpace(c) {
	return c === " " || c === "	" || c === "\r";
}
/** Copies `$( ... )` or `` ` ... ` `` verbatim, so operators inside a substitution do not split the command. */
function skipSubstitution(text, start) {
	if (text[start] === "`") {
		const end = text.indexOf("`", start + 1);
		return end === -1 ? text.length : end + 1;
	}
	let depth = 0;
	for (let i = start + 1; i < text.length; i++) {
		const c = text[i];
		if (c === "\\") i++;
		else if (c === "(") depth++;
		else if (c === ")") {
			depth--;
			if (depth === 0) return i + 1;
		}
	}
	return text.length;
}
function tokenize(text, lineOf) {
	const commands = [];
	let words = [];
	let redirects = [];
	let commandStart = -1;
	let word = "";
	let inWord = false;
	let pendingRedirect = null;
	const endWord = () => {
		if (!inWord) return;
		if (pendingRedirect !== null) {
			redirects.push({
				op: pendingRedirect,
				target: word
			});
			pendingRedirect = null;
		} else words.push(word);
		word = "";
		inWord = false;
	};
	const startWord = (at) => {
		if (commandStart === -1) commandStart = at;
		inWord = true;
	};
	const endCommand = (next) => {
		endWord();
		if (words.length > 0 || redirects.length > 0) commands.push({
			words,
			redirects,
			line: lineOf(Math.max(commandStart, 0)),
			next
		});
		else if (next === "|" && commands.length > 0) {
			const last = commands[commands.length - 1];
			if (last) last.next = next;
		}
		words = [];
		redirects = [];
		commandStart = -1;
		pendingRedirect = null;
	};
	for (let i = 0; i < text.length; i++) {
		const c = text[i] ?? "";
		const n = text[i + 1] ?? "";
		if (c === "\\") {
			startWord(i);
			if (n === "\n") {
				i++;
				continue;
			}
			word += n;
			i++;
		} else if (c === "'") {
			startWord(i);
			const end = text.indexOf("'", i + 1);
			const stop = end === -1 ? text.length : end;
			word += text.slice(i + 1, stop);
			i = stop;
		} else if (c === "\"") {
			startWord(i);
			let j = i + 1;
			for (; j < text.length && text[j] !== "\""; j++) {
				const d = text[j] ?? "";
				if (d === "\\" && (text[j + 1] === "\"" || text[j + 1] === "\\" || text[j + 1] === "$" || text[j + 1] === "`")) {
					word += text[j + 1];
					j++;
				} else if (d === "$" && text[j + 1] === "(") {
					const end = Math.min(skipSubstitution(text, j + 1), text.length);
					word += text.slice(j, end);
					j = end - 1;
				} else word += d;
			}
			i = j;
		} else if (c === "$" && n === "(" || c === "`") {
			startWord(i);
			const end = skipSubstitution(text, c === "$" ? i + 1 : i);
			word += text.slice(i, end);
			i = end - 1;
		} else if (isSpace(c)) endWord();
		else if (c === "\n") endCommand(";");
		else if (c === "#" && !inWord) {
			const end = text.indexOf("\n", i);
			i = (end === -1 ? text.length : end) - 1;
		} else if (c === "&" && n === "&") {
			endCommand("&&");
			i++;
		} else if (c === "|" && n === "|") {
			endCommand("||");
			i++;
		} else if (c === "|") {
			endCommand("|");
			if (n === "&") i++;
		} else if (c === ";" || c === "&" || c === "(" || c === ")") {
			if (c === "&" && n === ">") {
				endWord();
				pendingRedirect = text[i + 2] === ">" ? "&>>" : "&>";
				i += pendingRedirect.length - 1;
			} else {
				endCommand(";");
				if (c === ";" && n === ";") i++;
			}
		} else if (c === ">" || c === "<") {
			const fd = inWord && /^\d+$/.test(word) ? word : "";
			if (fd) {
				word = "";
				inWord = false;
			} else endWord();
			let op = c;
			if (n === c || n === "&" || n === "|") {
				op += n;
				i++;
			}
			if (op.endsWith("&")) {
				let j = i + 1;
				while (j < text.length && /[0-9-]/.test(text[j] ?? "")) j++;
				redirects.push({
					op: fd + op,
					target: text.slice(i + 1, j)
				});
				i = j - 1;
				if (commandStart === -1) commandStart = i;
			} else {
				pendingRedirect = fd + op;
				if (commandStart === -1) commandStart = i;
			}
		} else {
			startWord(i);
			word += c;
		}
	}
	endCommand(null);
	return commands;
}
var WRAPPERS = /* @__PURE__ */ new Set([
	"env",
	"exec",
	"command",
	"nohup",
	"nice",
	"xargs"
]);
/** sudo options that take a value. */
var SUDO_VALUE_OPTIONS = /* @__PURE__ */ new Set([
	"-u",
	"-g",
	"-h",
	"-p",
	"-C",
	"-D",
	"-r",
	"-t",
	"-U"
]);
function basename$2(word) {
	const slash = word.lastIndexOf("/");
	return slash === -1 ? word : word.slice(slash + 1);
}
var ASSIGNMENT$1 = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s;
/** Finds the program behind assignments and wrappers such as `sudo -u app` or `env X=1`. */
function describe(raw) {
	const words = raw.words;
	let i = 0;
	while (i < words.length && RESERVED_PREFIX.has(words[i] ?? "")) i++;
	const assignments = [];
	let sudo = false;
	while (i < words.length) {
		const w = words[i] ?? "";
		const assignment = ASSIGNMENT$1.exec(w);
		if (assignment) {
			assignments.push({
				name: assignment[1] ?? "",
				value: assignment[2] ?? ""
			});
			i++;
		} else if (basename$2(w) === "sudo") {
			sudo = true;
			i++;
			while (i < words.length && (words[i] ?? "").startsWith("-")) i += SUDO_VALUE_OPTIONS.has(words[i] ?? "") ? 2 : 1;
		} else if (WRAPPERS.has(basename$2(w))) {
			i++;
			while (i < words.length && (words[i] ?? "").startsWith("-")) i++;
		} else break;
	}
	const programWord = words[i] ?? "";
	const program = RESERVED_ALONE.has(programWord) ? "" : basename$2(programWord);
	return {
		words,
		assignments,
		program,
		args: program === "" ? [] : words.slice(i + 1),
		sudo,
		next: raw.next,
		redirects: raw.redirects,
		line: raw.line
	};
}
/** Splits a shell script into its simple commands. `lineOf` maps offsets to Dockerfile lines. */
function splitCommands(script, lineOf) {
	return tokenize(script, lineOf).map(describe);
}
// src/checker/dockerfile/substitute.ts
var BRACED = /^\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}/;
var BARE = /^[A-Za-z_][A-Za-z0-9_]*/;
/**
* Expands `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:+alt}` and `${VAR+alt}`
* the way the Dockerfile frontend does for FROM, USER, COPY and friends.
*/
function substitute(text, scope, escape = "\\") {
	if (!text.includes("$")) return {
		value: text,
		unresolved: false
	};
	let value = "";
	let unresolved = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i] ?? "";
		if (c === escape && text[i + 1] === "$") {
			value += "$";
			i++;
			continue;
		}
		if (c !== "$") {
			value += c;
			continue;
		}
		const rest = text.slice(i + 1, i + 1 + 512);
		const braced = BRACED.exec(rest);
		if (braced) {
			const name = braced[1] ?? "";
			const op = braced[2];
			const word = braced[3] ?? "";
			const has = scope.has(name);
			const current = scope.get(name) ?? null;
			const set = has && current !== null;
			const nonEmpty = set && current !== "";
			if (op === ":-") value += nonEmpty ? current : word;
			else if (op === "-") value += set ? current : word;
			else if (op === ":+") value += nonEmpty ? word : "";
			else if (op === "+") value += set ? word : "";
			else if (set) value += current;
			else unresolved = true;
			i += braced[0].length;
			continue;
		}
		const bare = BARE.exec(rest);
		if (bare) {
			const current = scope.get(bare[0]) ?? null;
			if (current === null) unresolved = true;
			else value += current;
			i += bare[0].length;
			continue;
		}
		value += c;
	}
	return {
		value,
		unresolved
	};
}
// src/checker/dockerfile/text.ts
/** Builds a LineOf from (offset, line) segment starts; a binary search keeps lookups logarithmic. */
function lineMap(offsets, lines) {
	return (offset) => {
		let lo = 0;
		let hi = offsets.length - 1;
		while (lo < hi) {
			const mid = lo + hi + 1 >> 1;
			if ((offsets[mid] ?? 0) <= offset) lo = mid;
			else hi = mid - 1;
		}
		return lines[lo] ?? 1;
	};
}
function endsWithEscape(line, escape) {
	let end = line.length;
	while (end > 0 && (line[end - 1] === " " || line[end - 1] === "	")) end--;
	return end > 0 && line[end - 1] === escape;
}
function withoutEscape(line, escape) {
	const at = line.lastIndexOf(escape);
	return line.slice(0, at);
}
/**
* Joins physical lines from `start` (0-based) while they end with the escape character, dropping
* comment and blank lines inside the continuation as the builder does. Stops at `limit`.
*/
function logicalLine(lines, start, limit, escape) {
	const parts = [];
	const offsets = [];
	const numbers = [];
	let length = 0;
	let i = start;
	for (; i <= limit && i < lines.length; i++) {
		const line = lines[i] ?? "";
		if (i > start && /^\s*(#.*)?$/.test(line)) continue;
		const continues = endsWithEscape(line, escape);
		const part = continues ? withoutEscape(line, escape) : line;
		offsets.push(length);
		numbers.push(i + 1);
		parts.push(part);
		length += part.length;
		if (!continues) break;
	}
	return {
		text: parts.join(""),
		lineOf: lineMap(offsets, numbers),
		lastLine: Math.min(i, lines.length - 1, limit)
	};
}
var HEREDOC_MARKER = /(?<!<)<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_.-]*)\2/g;
/** Heredoc openers on an instruction's first line, e.g. `<<EOF`, `<<-"END"`. */
function heredocMarkers(firstLine) {
	if (!firstLine.includes("<<")) return [];
	const found = [];
	for (const m of firstLine.matchAll(HEREDOC_MARKER)) found.push({
		name: m[3] ?? "",
		quoted: (m[2] ?? "") !== "",
		stripTabs: m[1] === "-"
	});
	return found;
}
/**
* Reads heredoc bodies in order after the instruction's first line. Returns the bodies, the
* 0-based last line used, and the names left unterminated.
*/
function readHeredocs(lines, after, markers) {
	const heredocs = [];
	const unterminated = [];
	let i = after + 1;
	for (const marker of markers) {
		const body = [];
		const first = i;
		let closed = false;
		for (; i < lines.length; i++) {
			const raw = lines[i] ?? "";
			const line = marker.stripTabs ? raw.replace(/^\t+/, "") : raw;
			if (line === marker.name) {
				closed = true;
				i++;
				break;
			}
			body.push(line);
		}
		if (!closed) unterminated.push(marker.name);
		heredocs.push({
			name: marker.name,
			quoted: marker.quoted,
			stripTabs: marker.stripTabs,
			body: body.join("\n") + (body.length > 0 ? "\n" : ""),
			line: first + 1
		});
	}
	return {
		heredocs,
		lastLine: Math.max(after, i - 1),
		unterminated
	};
}
/** Splits instruction arguments into words, honouring quotes and the escape character. */
function splitWords(text, escape = "\\") {
	const words = [];
	let word = "";
	let inWord = false;
	let quote = null;
	for (let i = 0; i < text.length; i++) {
		const c = text[i] ?? "";
		if (quote) {
			if (c === quote) quote = null;
			else if (c === escape && quote === "\"" && i + 1 < text.length) {
				word += text[i + 1];
				i++;
			} else word += c;
		} else if (c === "\"" || c === "'") {
			quote = c;
			inWord = true;
		} else if (c === escape && i + 1 < text.length) {
			word += text[i + 1];
			i++;
			inWord = true;
		} else if (c === " " || c === "	" || c === "\n") {
			if (inWord) words.push(word);
			word = "";
			inWord = false;
		} else {
			word += c;
			inWord = true;
		}
	}
	if (inWord) words.push(word);
	return words;
}
/** Leading `--name[=value]` flags of an instruction and the offset where its arguments start. */
function leadingFlags(text) {
	const flags = [];
	let i = 0;
	for (;;) {
		while (i < text.length && (text[i] === " " || text[i] === "	")) i++;
		if (!text.startsWith("--", i)) break;
		let j = i;
		let quote = null;
		for (; j < text.length; j++) {
			const c = text[j];
			if (quote) {
				if (c === quote) quote = null;
			} else if (c === "\"" || c === "'") quote = c;
			else if (c === " " || c === "	") break;
		}
		const token = text.slice(i + 2, j);
		const eq = token.indexOf("=");
		flags.push(eq === -1 ? {
			name: token.toLowerCase(),
			value: null
		} : {
			name: token.slice(0, eq).toLowerCase(),
			value: token.slice(eq + 1).replace(/^(["'])(.*)\1$/s, "$2")
		});
		i = j;
	}
	return {
		flags,
		restStart: i
	};
}
/** Parses a JSON array of strings (exec form); null when the text is not one. */
function jsonArray(text) {
	const t = text.trim();
	if (!t.startsWith("[") || !t.endsWith("]")) return null;
	try {
		const value = JSON.parse(t);
		if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value;
	} catch {
		return null;
	}
	return null;
}
// src/checker/dockerfile/users.ts
function tableOf(known) {
	const users = /* @__PURE__ */ new Map();
	const groups = /* @__PURE__ */ new Map();
	for (const u of known) {
		users.set(u.name, {
			uid: u.uid,
			gid: u.gid
		});
		groups.set(u.name, u.gid);
	}
	if (!users.has("root")) users.set("root", {
		uid: 0,
		gid: 0
	});
	if (!groups.has("root")) groups.set("root", 0);
	return {
		users,
		groups
	};
}
function copyTable(table) {
	return {
		users: new Map(table.users),
		groups: new Map(table.groups)
	};
}
/** A numeric id as the runtime reads it (`0`, `000`, `+0` and `-0` all parse to 0); null for names. */
function numericId(text) {
	if (!/^[+-]?\d{1,10}$/.test(text)) return null;
	const n = Number.parseInt(text, 10);
	return Number.isSafeInteger(n) && n >= 0 ? n : null;
}
function resolveGroup(text, table) {
	return numericId(text) ?? table.groups.get(text) ?? null;
}
/** Resolves `user[:group]` against the stage's table; a name nobody created resolves to no uid. */
function resolveUser(raw, table, line, source) {
	const text = raw.trim();
	const colon = text.indexOf(":");
	const user = colon === -1 ? text : text.slice(0, colon);
	const group = colon === -1 ? null : text.slice(colon + 1);
	const numeric = numericId(user);
	const entry = numeric === null ? table.users.get(user) : void 0;
	const uid = numeric ?? entry?.uid ?? null;
	return {
		raw: text,
		user,
		group,
		uid,
		gid: group !== null ? resolveGroup(group, table) : entry ? entry.gid : uid,
		isRoot: uid !== null ? uid === 0 : user === "root",
		source,
		line
	};
}
function unknownUser(line) {
	return {
		raw: "unknown",
		user: "unknown",
		group: null,
		uid: null,
		gid: null,
		isRoot: null,
		source: "unknown",
		line
	};
}
/** Options of useradd/adduser/groupadd/addgroup that take a value, long and short, both dialects. */
var VALUE_OPTIONS$1 = /* @__PURE__ */ new Set([
	"-u",
	"--uid",
	"-g",
	"--gid",
	"-G",
	"--groups",
	"-d",
	"--home",
	"--home-dir",
	"-h",
	"-s",
	"--shell",
	"-c",
	"--comment",
	"--gecos",
	"-k",
	"--skel",
	"-K",
	"--key",
	"-e",
	"--expiredate",
	"-f",
	"--inactive",
	"-p",
	"--password",
	"-b",
	"--base-dir",
	"-Z",
	"--selinux-user",
	"-R",
	"--root",
	"-P",
	"--prefix",
	"--ingroup",
	"--firstuid",
	"--lastuid",
	"--firstgid",
	"--lastgid",
	"--conf",
	"--add_extra_groups"
]);
function parseOptions(args) {
	const values = /* @__PURE__ */ new Map();
	const flags = /* @__PURE__ */ new Set();
	const positional = [];
	for (let i = 0; i < args.length; i++) {
		const a = args[i] ?? "";
		const eq = a.startsWith("--") ? a.indexOf("=") : -1;
		if (eq !== -1) values.set(a.slice(0, eq), a.slice(eq + 1));
		else if (VALUE_OPTIONS$1.has(a)) {
			values.set(a, args[i + 1] ?? "");
			i++;
		} else if (/^-[a-zA-Z]{2,}$/.test(a)) {
			const last = `-${a.slice(-1)}`;
			for (const letter of a.slice(1)) flags.add(`-${letter}`);
			if (VALUE_OPTIONS$1.has(last) && ![
				"-D",
				"-S",
				"-H"
			].includes(last)) {
				values.set(last, args[i + 1] ?? "");
				i++;
			}
		} else if (a.startsWith("-")) flags.add(a);
		else positional.push(a);
	}
	return {
		values,
		flags,
		positional
	};
}
function firstValue(options, names) {
	for (const n of names) {
		const v = options.values.get(n);
		if (v !== void 0) return v;
	}
}
/**
* Applies `useradd`, `adduser`, `groupadd` and `addgroup` to the table and returns the users
* created. BusyBox `adduser -g` is a comment (GECOS), not a group, so the dialect matters.
*/
function applyAccountCommand(command, table) {
	const { program, args, line } = command;
	if (program === "groupadd" || program === "addgroup") {
		const options = parseOptions(args);
		const name = options.positional.length === 1 ? options.positional[0] : void 0;
		if (name) table.groups.set(name, numericId(firstValue(options, ["-g", "--gid"]) ?? "") ?? null);
		return [];
	}
	if (program !== "useradd" && program !== "adduser") return [];
	const options = parseOptions(args);
	const busybox = program === "adduser" && [...options.flags].some((f) => f === "-D" || f === "-S" || f === "-H");
	const name = options.positional[0];
	if (!name) return [];
	const uid = numericId(firstValue(options, ["-u", "--uid"]) ?? "");
	const groupOption = busybox ? firstValue(options, ["-G", "--ingroup"]) : firstValue(options, program === "adduser" ? ["--gid", "--ingroup"] : ["-g", "--gid"]);
	let gid;
	if (groupOption !== void 0) gid = resolveGroup(groupOption, table);
	else if (table.groups.has(name)) gid = table.groups.get(name) ?? null;
	else gid = uid;
	table.users.set(name, {
		uid,
		gid
	});
	if (!table.groups.has(name)) table.groups.set(name, gid);
	return [{
		name,
		uid,
		gid,
		line
	}];
}
// src/checker/dockerfile/parse.ts
var INSTRUCTIONS = /* @__PURE__ */ new Set([
	"FROM",
	"RUN",
	"CMD",
	"LABEL",
	"MAINTAINER",
	"EXPOSE",
	"ENV",
	"ADD",
	"COPY",
	"ENTRYPOINT",
	"VOLUME",
	"USER",
	"WORKDIR",
	"ARG",
	"ONBUILD",
	"STOPSIGNAL",
	"HEALTHCHECK",
	"SHELL"
]);
var SHELLS = /* @__PURE__ */ new Set([
	"",
	"sh",
	"bash",
	"ash",
	"dash",
	"zsh"
]);
/** Unknown-instruction reports beyond this many add noise, not information (binary input). */
var MAX_UNKNOWN_REPORTS = 10;
function diagnostic(ruleId, severity, message, line, endColumn = 1) {
	return {
		ruleId,
		severity,
		message,
		line,
		column: 1,
		endLine: line,
		endColumn: Math.max(endColumn, 2)
	};
}
function normalise(text) {
	const noBom = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
	return noBom.includes("\r") ? noBom.replace(/\r\n?/g, "\n") : noBom;
}
/** Splits `name[:tag][@digest]`. */
function splitReference(reference) {
	const at = reference.indexOf("@");
	const digest = at === -1 ? null : reference.slice(at + 1);
	const nameTag = at === -1 ? reference : reference.slice(0, at);
	const colon = nameTag.lastIndexOf(":");
	if (colon > nameTag.lastIndexOf("/")) return {
		name: nameTag.slice(0, colon),
		tag: nameTag.slice(colon + 1),
		digest
	};
	return {
		name: nameTag,
		tag: null,
		digest
	};
}
function parseFrom(instruction, globals, stages) {
	const { flags, restStart } = leadingFlags(instruction.args);
	const words = splitWords(instruction.args.slice(restStart));
	const raw = words[0] ?? "";
	const asIndex = words.findIndex((w, i) => i > 0 && w.toLowerCase() === "as");
	const name = asIndex === -1 ? null : (words[asIndex + 1] ?? "").toLowerCase() || null;
	const { value: resolved, unresolved } = substitute(raw, globals);
	const platform = flags.find((f) => f.name === "platform")?.value ?? null;
	const { name: imageName, tag, digest } = splitReference(resolved);
	const { registry, repository } = normaliseRepository(imageName);
	const stageIndex = stages.findIndex((s) => s.name !== null && s.name === resolved.toLowerCase());
	let kind = "image";
	if (resolved === "" || unresolved && resolved.replace(/[:@/]/g, "") === "") kind = "unresolved";
	else if (stageIndex !== -1) kind = "stage";
	else if (resolved.toLowerCase() === "scratch") kind = "scratch";
	const info = kind === "image" || kind === "scratch" ? lookupBaseImage(registry, repository, tag) : null;
	return {
		base: {
			raw,
			resolved,
			kind,
			unresolvedVariables: unresolved,
			registry,
			repository,
			tag,
			digest,
			platform,
			stageIndex: kind === "stage" ? stageIndex : null,
			info,
			line: instruction.line
		},
		name
	};
}
function newStage(index, base, name, line, implicit, parent) {
	let user;
	let table;
	let hasShell = null;
	if (parent) {
		user = {
			...parent.stage.user,
			source: "stage",
			line
		};
		table = copyTable(parent.table);
		hasShell = parent.stage.hasShell;
	} else if (base.kind === "scratch") {
		table = tableOf([]);
		user = resolveUser("0", table, line, "base-image");
		hasShell = false;
	} else if (base.info) {
		table = tableOf(base.info.users);
		user = resolveUser(base.info.defaultUser, table, line, "base-image");
		hasShell = base.info.shell;
	} else {
		table = tableOf([]);
		user = unknownUser(line);
	}
	return {
		stage: {
			index,
			implicit,
			name,
			base,
			line,
			endLine: line,
			initialUser: user,
			user,
			userInstructions: [],
			knownUsers: [],
			createdUsers: [],
			steps: [],
			adds: [],
			runs: [],
			writes: [],
			env: [],
			args: [],
			workdirs: [],
			expose: [],
			entrypoint: null,
			cmd: null,
			healthcheck: null,
			volumes: [],
			labels: [],
			shells: [],
			hasShell
		},
		table,
		scope: new Map(parent?.env ?? []),
		env: new Map(parent?.env ?? []),
		shell: parent ? [...parent.shell] : ["/bin/sh", "-c"]
	};
}
/** `KEY=value KEY2="v 2"` or the legacy `KEY value` form of ENV and LABEL. */
function keyValues(args, line, scope) {
	const words = splitWords(args);
	const first = words[0] ?? "";
	if (first !== "" && !first.includes("=")) return [{
		name: first,
		value: substitute(args.trim().slice(args.trim().indexOf(first.charAt(0)) + first.length).trim(), scope).value,
		line
	}];
	return words.map((w) => {
		const eq = w.indexOf("=");
		return eq === -1 ? {
			name: w,
			value: null,
			line
		} : {
			name: w.slice(0, eq),
			value: substitute(w.slice(eq + 1), scope).value,
			line
		};
	});
}
function execSpec(args, line) {
	const json = jsonArray(args);
	return json ? {
		form: "exec",
		args: json,
		line
	} : {
		form: "shell",
		args: [args.trim()],
		line
	};
}
function parseMount(value) {
	const fields = /* @__PURE__ */ new Map();
	for (const part of value.split(",")) {
		const eq = part.indexOf("=");
		fields.set((eq === -1 ? part : part.slice(0, eq)).trim().toLowerCase(), eq === -1 ? "true" : part.slice(eq + 1).trim());
	}
	const target = fields.get("target") ?? fields.get("dst") ?? fields.get("destination") ?? null;
	return {
		type: fields.get("type") ?? "bind",
		target,
		source: fields.get("source") ?? fields.get("src") ?? null,
		id: fields.get("id") ?? null,
		from: fields.get("from") ?? null,
		raw: value
	};
}
function octalMode(text) {
	return text !== null && /^[0-7]{3,4}$/.test(text) ? Number.parseInt(text, 8) : null;
}
function addFiles(b, ins, stages) {
	const { flags, restStart } = leadingFlags(ins.args);
	const flag = (name) => {
		const f = flags.find((x) => x.name === name);
		return f ? substitute(f.value ?? "true", b.scope).value : null;
	};
	const rest = ins.args.slice(restStart);
	const items = (jsonArray(rest) ?? splitWords(rest)).map((w) => substitute(w, b.scope).value);
	const dest = items.length > 1 ? items[items.length - 1] ?? "" : "";
	const sources = items.slice(0, Math.max(items.length - 1, 0));
	const from = flag("from");
	let fromStage = null;
	if (from !== null) {
		const byName = stages.findIndex((s) => s.name === from.toLowerCase());
		const byIndex = /^\d+$/.test(from) ? Number(from) : -1;
		fromStage = byName !== -1 ? byName : byIndex >= 0 && byIndex < stages.length ? byIndex : null;
	}
	const chown = flag("chown");
	const owner = chown === null ? {
		uid: 0,
		gid: 0
	} : resolveUser(chown, b.table, ins.line, "instruction");
	const chmod = flag("chmod");
	const inline = ins.heredocs.map((h) => ({
		name: h.name,
		content: h.body
	}));
	return {
		instruction: ins.keyword === "ADD" ? "ADD" : "COPY",
		sources: sources.filter((s) => !/^<<-?/.test(s)),
		dest,
		from,
		fromStage,
		chown,
		chmod,
		link: flags.some((f) => f.name === "link" && f.value !== "false"),
		checksum: flag("checksum"),
		owner: {
			uid: owner.uid,
			gid: owner.gid
		},
		mode: octalMode(chmod),
		inline,
		line: ins.line,
		endLine: ins.endLine
	};
}
/** The commands of a RUN, with heredoc bodies that a shell executes parsed as scripts too. */
function runCommands(rest, ins, restStart) {
	const head = splitCommands(rest, (offset) => ins.lineOf(offset + restStart));
	const commands = [];
	for (const command of head) {
		if (command.program !== "" || command.redirects.length === 0) commands.push(command);
		for (const r of command.redirects) {
			if (!r.op.endsWith("<<") && !r.op.endsWith("<<-")) continue;
			const heredoc = ins.heredocs.find((h) => h.name === r.target.replace(/^-/, ""));
			if (!heredoc || !SHELLS.has(command.program) || /^#!.*\b(python|node|perl|ruby)/.test(heredoc.body)) continue;
			const bodyLines = heredoc.line;
			const starts = [0];
			for (let i = 0; i < heredoc.body.length; i++) if (heredoc.body[i] === "\n") starts.push(i + 1);
			commands.push(...splitCommands(heredoc.body, (offset) => {
				let lo = 0;
				let hi = starts.length - 1;
				while (lo < hi) {
					const mid = lo + hi + 1 >> 1;
					if ((starts[mid] ?? 0) <= offset) lo = mid;
					else hi = mid - 1;
				}
				return bodyLines + lo;
			}));
		}
	}
	return commands.filter((c) => c.program !== "" || c.redirects.some((r) => !r.op.includes("<<")));
}
function run(b, ins) {
	const { flags, restStart } = leadingFlags(ins.args);
	const rest = ins.args.slice(restStart);
	const argv = jsonArray(rest);
	const commands = argv ? [] : runCommands(rest, ins, restStart);
	return {
		form: argv ? "exec" : "shell",
		script: argv ? argv.join(" ") : rest.trim(),
		argv: argv ?? [],
		mounts: flags.filter((f) => f.name === "mount" && f.value !== null).map((f) => parseMount(f.value ?? "")),
		network: flags.find((f) => f.name === "network")?.value ?? null,
		heredocs: ins.heredocs,
		commands,
		shell: [...b.shell],
		line: ins.line,
		endLine: ins.endLine
	};
}
function applyRun(b, step) {
	const contents = new Map(step.heredocs.map((h) => [h.name, h.body]));
	const commands = step.form === "exec" ? splitCommands(step.argv.slice(2).join(" "), () => step.line) : step.commands;
	for (const command of commands) {
		for (const created of applyAccountCommand(command, b.table)) b.stage.createdUsers.push(created);
		b.stage.writes.push(...fileWrites(command, contents));
	}
}
function applyInstruction(b, ins, stages, globals) {
	const s = b.stage;
	const args = ins.args.trim();
	s.steps.push({
		keyword: ins.keyword,
		args,
		line: ins.line,
		endLine: ins.endLine,
		user: s.user
	});
	s.endLine = ins.endLine;
	switch (ins.keyword) {
		case "USER": {
			const user = resolveUser(substitute(args, b.scope).value, b.table, ins.line, "instruction");
			s.userInstructions.push(user);
			s.user = user;
			break;
		}
		case "RUN": {
			const step = run(b, ins);
			s.runs.push(step);
			applyRun(b, step);
			break;
		}
		case "COPY":
		case "ADD":
			s.adds.push(addFiles(b, ins, stages));
			break;
		case "ENV":
			for (const kv of keyValues(args, ins.line, b.scope)) {
				s.env.push(kv);
				b.scope.set(kv.name, kv.value);
				b.env.set(kv.name, kv.value);
			}
			break;
		case "ARG":
			for (const word of splitWords(args)) {
				const eq = word.indexOf("=");
				const name = eq === -1 ? word : word.slice(0, eq);
				const value = eq === -1 ? globals.get(name) ?? null : substitute(word.slice(eq + 1), b.scope).value;
				s.args.push({
					name,
					value: eq === -1 ? null : value,
					line: ins.line
				});
				if (!b.env.has(name)) b.scope.set(name, value);
			}
			break;
		case "LABEL":
			s.labels.push(...keyValues(args, ins.line, b.scope));
			break;
		case "WORKDIR":
			s.workdirs.push({
				path: substitute(splitWords(args).join(" "), b.scope).value,
				line: ins.line
			});
			break;
		case "EXPOSE":
			for (const word of splitWords(args)) {
				const raw = substitute(word, b.scope).value;
				const [port = "", protocol = "tcp"] = raw.split("/");
				const n = Number.parseInt(port, 10);
				s.expose.push({
					raw,
					port: Number.isFinite(n) ? n : null,
					protocol: protocol.toLowerCase(),
					line: ins.line
				});
			}
			break;
		case "ENTRYPOINT":
			s.entrypoint = execSpec(args, ins.line);
			break;
		case "CMD":
			s.cmd = execSpec(args, ins.line);
			break;
		case "HEALTHCHECK": {
			if (/^none$/i.test(args)) {
				s.healthcheck = {
					none: true,
					command: null,
					line: ins.line
				};
				break;
			}
			const { restStart } = leadingFlags(args);
			const command = args.slice(restStart).replace(/^\s*cmd\b/i, "");
			s.healthcheck = {
				none: false,
				command: command.trim() ? execSpec(command, ins.line) : null,
				line: ins.line
			};
			break;
		}
		case "VOLUME":
			for (const path of jsonArray(args) ?? splitWords(args)) s.volumes.push({
				path: substitute(path, b.scope).value,
				line: ins.line
			});
			break;
		case "SHELL": {
			const shell = jsonArray(args);
			if (shell) {
				s.shells.push({
					args: shell,
					line: ins.line
				});
				b.shell = shell;
			}
			break;
		}
	}
}
function finishStage(b) {
	const s = b.stage;
	s.knownUsers = [...b.table.users].flatMap(([name, ids]) => ids.uid === null ? [] : [{
		name,
		uid: ids.uid,
		gid: ids.gid ?? ids.uid
	}]);
}
/** Reads the instructions: dockerfile-ast finds where each starts and ends (escape directive, heredocs). */
function readInstructions(text, lines, diagnostics) {
	const parsed = DockerfileParser.parse(text);
	const escape = parsed.getEscapeCharacter();
	const directives = parsed.getDirectives().map((d) => ({
		name: d.getName().toLowerCase(),
		value: d.getValue(),
		line: d.getRange().start.line + 1
	}));
	const instructions = [];
	let unknownReports = 0;
	for (const raw of parsed.getInstructions()) {
		const range = raw.getRange();
		const start = range.start.line;
		const logical = logicalLine(lines, start, range.end.line, escape);
		const keywordMatch = /^\s*(\S+)/.exec(logical.text);
		const keyword = (keywordMatch?.[1] ?? "").toUpperCase();
		const argsStart = keywordMatch ? keywordMatch[0].length : 0;
		let heredocs = [];
		let endLine = Math.max(range.end.line, logical.lastLine);
		if (keyword === "RUN" || keyword === "COPY" || keyword === "ADD") {
			const markers = heredocMarkers(logical.text);
			if (markers.length > 0) {
				const read = readHeredocs(lines, logical.lastLine, markers);
				heredocs = read.heredocs;
				endLine = Math.max(endLine, read.lastLine);
				for (const name of read.unterminated) diagnostics.push(diagnostic("unterminated-heredoc", "error", `The heredoc <<${name} is never closed: add a line containing only ${name} after its content.`, start + 1));
			}
		}
		if (!INSTRUCTIONS.has(keyword)) {
			if (unknownReports++ < MAX_UNKNOWN_REPORTS) diagnostics.push(diagnostic("unknown-instruction", "error", `"${keyword.slice(0, 40)}" is not a Dockerfile instruction; the build stops here. Check the spelling, or the line continuation of the line above.`, start + 1, keyword.length + 1));
			continue;
		}
		instructions.push({
			keyword,
			args: logical.text.slice(argsStart),
			lineOf: (offset) => logical.lineOf(offset + argsStart),
			heredocs,
			line: start + 1,
			endLine: endLine + 1
		});
	}
	return {
		instructions,
		escape,
		directives
	};
}
/** Parses Dockerfile text into an ImageModel. Never throws: problems become diagnostics. */
function parseDockerfile(source) {
	const text = normalise(typeof source === "string" ? source : "");
	const lines = text.split("\n");
	const diagnostics = [];
	const model = {
		directives: [],
		escape: "\\",
		globalArgs: [],
		stages: [],
		final: null,
		lineCount: lines.length,
		diagnostics
	};
	let read;
	try {
		read = readInstructions(text, lines, diagnostics);
	} catch (error) {
		diagnostics.push(diagnostic("parse-error", "error", `This file could not be read as a Dockerfile (${error instanceof Error ? error.message : String(error)}).`, 1));
		return model;
	}
	model.directives = read.directives;
	model.escape = read.escape;
	const globals = /* @__PURE__ */ new Map();
	const builders = [];
	let current = null;
	const hasFrom = read.instructions.some((i) => i.keyword === "FROM");
	for (const ins of read.instructions) {
		if (ins.keyword === "FROM") {
			if (current) finishStage(current);
			const { base, name } = parseFrom(ins, globals, model.stages);
			const parent = base.stageIndex !== null ? builders[base.stageIndex] ?? null : null;
			current = newStage(model.stages.length, base, name, ins.line, false, parent);
			current.stage.steps.push({
				keyword: "FROM",
				args: ins.args.trim(),
				line: ins.line,
				endLine: ins.endLine,
				user: current.stage.user
			});
			builders.push(current);
			model.stages.push(current.stage);
			if (base.kind === "unresolved") diagnostics.push(diagnostic("unresolved-base-image", "warning", base.raw === "" ? "FROM needs an image name, e.g. FROM alpine:3.20." : `The base image "${base.raw}" uses a variable without a value; give the ARG a default before the first FROM.`, ins.line));
			continue;
		}
		if (!current && ins.keyword === "ARG") {
			for (const word of splitWords(ins.args)) {
				const eq = word.indexOf("=");
				const name = eq === -1 ? word : word.slice(0, eq);
				const value = eq === -1 ? null : substitute(word.slice(eq + 1), globals).value;
				model.globalArgs.push({
					name,
					value,
					line: ins.line
				});
				globals.set(name, value);
			}
			continue;
		}
		if (!current) {
			current = newStage(0, {
				raw: "",
				resolved: "",
				kind: "unresolved",
				unresolvedVariables: false,
				registry: null,
				repository: "",
				tag: null,
				digest: null,
				platform: null,
				stageIndex: null,
				info: null,
				line: ins.line
			}, null, ins.line, true, null);
			builders.push(current);
			model.stages.push(current.stage);
			if (hasFrom) diagnostics.push(diagnostic("instruction-before-from", "error", `${ins.keyword} comes before the first FROM; only ARG may appear there. Move it below FROM.`, ins.line));
		}
		applyInstruction(current, ins, model.stages, globals);
	}
	if (current) finishStage(current);
	model.final = model.stages[model.stages.length - 1] ?? null;
	if (!hasFrom) diagnostics.push(diagnostic("no-from", "error", "This Dockerfile has no FROM instruction: every build starts from a base image, e.g. FROM alpine:3.20.", 1));
	return model;
}
// src/checker/dockerfile/rules/add-instead-of-copy.ts
/** Local archives ADD unpacks on purpose: the one local use of ADD that COPY cannot do. */
var ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst|tar\.lz|gz|bz2|xz)$/i;
var REMOTE = /^(https?|git|ssh):\/\/|^git@|\.git(#.*)?$/i;
var rule$34 = {
	meta: {
		id: "add-instead-of-copy",
		title: "ADD used to copy local files",
		severity: "warning",
		appliesTo: ["dockerfile"],
		lesson: "build-secrets-and-supply-chain",
		why: "ADD also unpacks archives and fetches URLs, so a harmless-looking line can do more than copy; COPY does exactly one thing and is easier to review.",
		fix: "Replace ADD with COPY for files and directories from the build context or another stage.",
		refs: {
			hadolint: ["DL3020"],
			trivy: ["DS-0005"],
			kics: ["9513a694-aa0d-41d8-be61-3271e056f36b"]
		},
		examples: {
			bad: "FROM alpine:3.20\nADD app.conf /etc/app/\n",
			good: "FROM alpine:3.20\nCOPY app.conf /etc/app/\n"
		}
	},
	check(model) {
		const hits = [];
		for (const stage of model.stages) for (const add of stage.adds) {
			if (add.instruction !== "ADD" || add.sources.length === 0) continue;
			if (add.sources.some((s) => REMOTE.test(s) || ARCHIVE.test(s) || s.includes("$"))) continue;
			hits.push({
				line: add.line,
				message: `ADD copies ${add.sources.join(", ")} from the build context, which COPY does with fewer surprises; replace ADD with COPY.`
			});
		}
		return hits;
	}
};
// src/checker/dockerfile/rules/add-remote-url.ts
var rule$33 = {
	meta: {
		id: "add-remote-url",
		title: "ADD downloads a URL without a checksum",
		severity: "warning",
		appliesTo: ["dockerfile"],
		lesson: "build-secrets-and-supply-chain",
		why: "Whatever the server returns on build day goes into the image unverified: a compromised or changed download ships silently.",
		fix: "Pin the download: ADD --checksum=sha256:<hash> <url> <dest>, or RUN curl -fsSL <url> -o file && echo \"<hash>  file\" | sha256sum -c -.",
		refs: {
			checkov: ["CKV_DOCKER_4"],
			kics: ["4b410d24-1cbe-4430-a632-62c9a931cf1c"]
		},
		examples: {
			bad: "FROM alpine:3.20\nADD https://example.com/tool.tar.gz /opt/\n",
			good: "FROM alpine:3.20\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tar.gz /opt/\n"
		}
	},
	check(model) {
		const hits = [];
		for (const stage of model.stages) for (const add of stage.adds) {
			if (add.instruction !== "ADD" || add.checksum !== null) continue;
			const url = add.sources.find((s) => /^https?:\/\//i.test(s));
			if (url) hits.push({
				line: add.line,
				message: `ADD fetches ${url} without verifying it; add --checksum=sha256:<hash>, or download with curl and check the sha256.`
			});
		}
		return hits;
	}
};
// src/checker/dockerfile/rules/helpers.ts
/** The final stage when it is a real one (not the stand-in for instructions without FROM). */
function finalStage(model) {
	const stage = model.final;
	return stage && !stage.implicit ? stage : null;
}
/** Every RUN step of every stage, with its stage. */
function allRuns(model) {
	return model.stages.flatMap((stage) => stage.runs.map((run) => ({
		stage,
		run
	})));
}
/** Every shell command of every RUN, with its RUN and stage. Exec-form RUNs are read as one command. */
function allCommands(model) {
	return allRuns(model).flatMap(({ stage, run }) => commandsOf(run).map((command, index) => ({
		stage,
		run,
		command,
		index
	})));
}
/** The commands of a RUN; an exec-form RUN is one command, or the script it hands to a shell. */
function commandsOf(run) {
	if (run.form === "shell") return run.commands;
	const [program = "", ...args] = run.argv;
	const name = program.slice(program.lastIndexOf("/") + 1);
	const sudo = name === "sudo";
	const words = sudo ? args : run.argv.slice(1);
	const real = sudo ? words[0] ?? "" : name;
	return [{
		words: run.argv,
		assignments: [],
		program: real.slice(real.lastIndexOf("/") + 1),
		args: sudo ? words.slice(1) : words,
		sudo,
		next: null,
		redirects: [],
		line: run.line
	}];
}
/** `apt-get install`, `apt install`, `aptitude install`: the install sub-command's position, or -1. */
function aptAction(command) {
	if (![
		"apt-get",
		"apt",
		"aptitude"
	].includes(command.program)) return null;
	return command.args.find((a) => !a.startsWith("-")) ?? null;
}
/** Package names an apt/apk/yum/dnf/pip install command installs (operands after the action). */
function installedPackages(command) {
	const { program, args } = command;
	const action = [
		"apt-get",
		"apt",
		"aptitude",
		"yum",
		"dnf",
		"microdnf",
		"zypper"
	].includes(program) ? "install" : program === "apk" ? "add" : null;
	if (action === null) return [];
	const at = args.indexOf(action);
	if (at === -1) return [];
	return args.slice(at + 1).filter((a) => !a.startsWith("-")).map((a) => a.split(/[=<>]/)[0] ?? a);
}
/** Whether an option (`--flag`, `--flag=value`, or a letter inside a bundle like `-qy`) is present. */
function hasOption(args, long, shortLetters = "") {
	return args.some((a) => {
		if (long.some((l) => a === l || a.startsWith(`${l}=`))) return true;
		return shortLetters !== "" && /^-[a-zA-Z]+$/.test(a) && [...shortLetters].some((letter) => a.includes(letter));
	});
}
/**
* Where to report a command: the RUN's first line, as other linters do, unless the command sits
* in a heredoc body, where its own line is the useful one.
*/
function reportLine(run, command) {
	return run.heredocs.some((h) => command.line >= h.line) ? command.line : run.line;
}
// src/checker/dockerfile/rules/apk-add-without-no-cache.ts
var rule$32 = {
	meta: {
		id: "apk-add-without-no-cache",
		title: "apk add without --no-cache",
		severity: "info",
		appliesTo: ["dockerfile"],
		lesson: "minimal-base-images",
		why: "Without --no-cache, apk keeps its package index in /var/cache/apk, adding size to the layer that a later RUN cannot remove.",
		fix: "Use apk add --no-cache <packages> (it also makes a separate apk update unnecessary).",
		refs: { hadolint: ["DL3019"] },
		examples: {
			bad: "FROM alpine:3.20\nRUN apk add curl\n",
			good: "FROM alpine:3.20\nRUN apk add --no-cache curl\n"
		}
	},
	check(model) {
		const hits = [];
		for (const { run } of allRuns(model)) {
			if (run.mounts.some((m) => m.type === "cache" && (m.target ?? "").startsWith("/var/cache/apk"))) continue;
			const commands = commandsOf(run);
			for (let i = 0; i < commands.length; i++) {
				const c = commands[i];
				if (!c || c.program !== "apk" || (c.args.find((a) => !a.startsWith("-")) ?? "") !== "add" || c.args.includes("--no-cache")) continue;
				if (!commands.slice(i + 1).some((d) => d.program === "rm" && d.args.some((a) => a.startsWith("/var/cache/apk")))) hits.push({
					line: reportLine(run, c),
					message: "apk add keeps its package index in the layer; write apk add --no-cache instead."
				});
			}
		}
		return hits;
	}
};
// src/checker/dockerfile/rules/app-files-writable-by-runtime-user.ts
/** Places an application may legitimately write to at run time. */
var DATA_DIRS = [
	/^\/tmp(\/|$)/,
	/^\/var\/tmp(\/|$)/,
	/^\/var\/cache(\/|$)/,
	/^\/var\/log(\/|$)/,
	/^\/var\/run(\/|$)/,
	/^\/run(\/|$)/,
	/^\/data(\/|$)/,
	/^\/var\/lib\/[^/]+/,
	/^\/home\//,
	/(^|\/)(logs?|tmp|cache|data|uploads)\/?$/
];
function isDataPath(path, stage) {
	const clean = path.replace(/\/+$/, "") || "/";
	return DATA_DIRS.some((re) => re.test(clean)) || stage.volumes.some((v) => clean === v.path.replace(/\/+$/, "") || clean.startsWith(`${v.path.replace(/\/+$/, "")}/`));
}
/** Whether the owner given by --chown or chown is the user the container runs as (and not root). */
function isRuntimeUser(owner, runtime, stage) {
	if (runtime.isRoot !== false) return false;
	const spec = resolveUser(owner, tableOf(stage.knownUsers), runtime.line, "instruction");
	if (spec.isRoot) return false;
	if (spec.uid !== null && runtime.uid !== null) return spec.uid === runtime.uid;
	return spec.user === runtime.user;
}
/** Modes that let anyone write: the "other" write bit, or symbolic o+w / a+w / +w. */
function worldWritable(mode) {
	if (/^[0-7]{3,4}$/.test(mode)) return (Number.parseInt(mode, 8) & 2) !== 0;
	return mode.split(",").some((part) => /^[ao]*\+[rwxXst]*w/.test(part) && !/^[ug]+\+/.test(part));
}
var FIX$2 = "copy application files as root with --chown=0:0 --chmod=555 (444 for data) and make only the directories it must write to writable";
var rule$31 = {
	meta: {
		id: "app-files-writable-by-runtime-user",
		title: "Application files are writable by the user the container runs as",
		severity: "warning",
		appliesTo: ["dockerfile"],
		lesson: "read-only-app-files",
		why: "If the runtime user owns or can write the application, an attacker who gets code execution can replace the code or configuration and keep that foothold.",
		fix: "Keep application files owned by root and read-only for the runtime user: COPY --chown=0:0 --chmod=555; grant write access only to data directories such as /tmp or a VOLUME.",
		refs: { kics: ["aa93e17f-e6c0-4a36-8e0a-c3cfb5d66c4f"] },
		examples: {
			bad: "FROM eclipse-temurin:17-jre\nRUN useradd -u 10001 app\nCOPY --chown=app:app app.jar /opt/app/\nUSER 10001\n",
			good: "FROM eclipse-temurin:17-jre\nCOPY --chown=0:0 --chmod=444 app.jar /opt/app/\nUSER 10001\n"
		}
	},
	check(model) {
		const stage = finalStage(model);
		if (!stage) return [];
		const runtime = stage.user;
		const hits = [];
		for (const add of stage.adds) {
			if (isDataPath(add.dest, stage)) continue;
			if (add.chown !== null && isRuntimeUser(add.chown, runtime, stage)) hits.push({
				line: add.line,
				message: `${add.instruction} --chown=${add.chown} makes the runtime user the owner of ${add.dest}, so it can rewrite the application; ${FIX$2}.`
			});
			else if (add.chmod !== null && worldWritable(add.chmod)) hits.push({
				line: add.line,
				message: `--chmod=${add.chmod} lets any user write ${add.dest}; ${FIX$2}.`
			});
		}
		for (const write of stage.writes) {
			const paths = write.paths.filter((p) => !isDataPath(p, stage));
			if (paths.length === 0 || write.value === null) continue;
			if (write.kind === "chown" && isRuntimeUser(write.value, runtime, stage)) hits.push({
				line: write.line,
				message: `chown ${write.value} ${paths.join(" ")} hands the application to the runtime user, so it can rewrite it; ${FIX$2}.`
			});
			else if (write.kind === "chmod" && worldWritable(write.value)) hits.push({
				line: write.line,
				message: `chmod ${write.value} ${paths.join(" ")} lets any user write there; ${FIX$2}.`
			});
		}
		return hits.sort((a, b) => a.line - b.line);
	}
};
// src/checker/dockerfile/rules/apt-lists-not-cleaned.ts
var LISTS = /^\/var\/lib\/apt(\/lists)?\/?(\*)?$/;
var ARCHIVES = /^\/var\/cache\/apt\/?/;
var DOCKER_CLEAN = "/etc/apt/apt.conf.d/docker-clean";
/** The final stage and the stages it builds on through FROM <stage>: the ones whose layers ship. */
function shippedStages$1(model) {
	const stages = [];
	let stage = model.final;
	const seen = /* @__PURE__ */ new Set();
	while (stage && !seen.has(stage.index)) {
		seen.add(stage.index);
		stages.push(stage);
		stage = stage.base.stageIndex !== null ? model.stages[stage.base.stageIndex] ?? null : null;
	}
	return stages;
}
var rule$30 = {
	meta: {
		id: "apt-lists-not-cleaned",
		title: "apt package lists left in the image",
		severity: "info",
		appliesTo: ["dockerfile"],
		lesson: "minimal-base-images",
		why: "The lists under /var/lib/apt/lists add tens of megabytes to the layer, and removing them in a later RUN does not shrink the image.",
		fix: "End the same RUN with rm -rf /var/lib/apt/lists/*, or mount /var/lib/apt as a cache (RUN --mount=type=cache,target=/var/lib/apt).",
		refs: {
			hadolint: ["DL3009"],
			kics: ["df746b39-6564-4fed-bf85-e9c44382303c"],
			semgrep: ["dockerfile.best-practice.remove-package-lists"]
		},
		examples: {
			bad: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n",
			good: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\n"
		}
	},
	check(model) {
		const hits = [];
		const keepsArchives = model.stages.some((s) => s.writes.some((w) => w.kind === "rm" && w.paths.includes(DOCKER_CLEAN)));
		for (const stage of shippedStages$1(model).reverse()) for (const run of stage.runs) {
			const mounted = (re) => run.mounts.some((m) => (m.type === "cache" || m.type === "tmpfs") && m.target !== null && re.test(m.target));
			const commands = commandsOf(run);
			if (mounted(LISTS)) {
				const apt = commands.find((c) => aptAction(c) === "install" || aptAction(c) === "update");
				if (keepsArchives && !mounted(ARCHIVES) && apt) hits.push({
					line: reportLine(run, apt),
					message: "The docker-clean hook was removed, so downloaded packages stay in /var/cache/apt in this layer; mount it as a cache too (--mount=type=cache,target=/var/cache/apt)."
				});
				continue;
			}
			const at = commands.findIndex((c) => aptAction(c) === "update" || aptAction(c) === "install");
			if (at === -1) continue;
			const cleaned = commands.slice(at + 1).some((c) => c.program === "rm" && c.args.some((a) => LISTS.test(a)));
			const first = commands[at];
			if (!cleaned && first) hits.push({
				line: reportLine(run, first),
				message: "This RUN leaves the apt package lists in its layer; end it with && rm -rf /var/lib/apt/lists/* (a later RUN cannot remove them from this layer)."
			});
		}
		return hits;
	}
};
// src/checker/dockerfile/rules/apt-no-install-recommends.ts
var rule$29 = {
	meta: {
		id: "apt-no-install-recommends",
		title: "apt-get install without --no-install-recommends",
		severity: "info",
		appliesTo: ["dockerfile"],
		lesson: "minimal-base-images",
		why: "Recommended packages are installed by default: more size, more programs and more CVEs in the image for nothing the service uses.",
		fix: "Add --no-install-recommends to apt-get install.",
		refs: {
			hadolint: ["DL3015"],
			kics: ["7384dfb2-fcd1-4fbf-91cd-6c44c318c33c"],
			semgrep: ["dockerfile.best-practice.missing-no-install-recommends"]
		},
		examples: {
			bad: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl\n",
			good: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n"
		}
	},
	check(model) {
		const hits = [];
		for (const { run, command } of allCommands(model)) {
			if (command.program !== "apt-get" && command.program !== "apt" || aptAction(command) !== "install") continue;
			if (!command.args.some((a) => a === "--no-install-recommends" || /install-recommends=(false|0|no)/i.test(a))) hits.push({
				line: reportLine(run, command),
				message: `${command.program} install also pulls in recommended packages; add --no-install-recommends to keep the image small.`
			});
		}
		return hits;
	}
};
// src/checker/dockerfile/rules/apt-update-alone.ts
var INSTALL_VERBS = /* @__PURE__ */ new Set([
	"install",
	"upgrade",
	"dist-upgrade",
	"full-upgrade",
	"reinstall"
]);
/** Whether a command refreshes a package index, installs packages, or neither. */
function actionOf(command) {
	const { program, args } = command;
	const verb = args.find((a) => !a.startsWith("-")) ?? "";
	if (program === "apt-get" || program === "apt" || program === "aptitude" || program === "yum" || program === "dnf" || program === "microdnf") {
		if (verb === "update") return "update";
		if (INSTALL_VERBS.has(verb)) return "install";
	} else if (program === "apk") {
		if (verb === "update") return "update";
		if (verb === "add" || verb === "upgrade") return "install";
	} else if (program === "zypper") {
		if (verb === "refresh" || verb === "ref") return "update";
		if (verb === "install" || verb === "in") return "install";
	} else if (program === "pacman") {
		const op = args.find((a) => /^-S/.test(a)) ?? "";
		if (/^-S[a-z]*y/.test(op) && verb === "") return "update";
		if (op.startsWith("-S")) return "install";
	}
	return program === "" || program === "set" || program === "true" ? null : "other";
}
/** The RUN refreshes an index and does nothing else: a layer with no purpose but a stale cache. */
function onlyUpdates(acts) {
	return acts.has("update") && !acts.has("install") && !acts.has("other");
}
function actions(run) {
	return new Set(commandsOf(run).map(actionOf));
}
function alone(run) {
	return {
		line: run.line,
		message: "This RUN only refreshes the package index, in a layer of its own that the build cache keeps stale; update and install in the same RUN, or drop it."
	};
}
var rule$28 = {
	meta: {
		id: "apt-update-alone",
		title: "Package index updated in a separate RUN",
		severity: "warning",
		appliesTo: ["dockerfile"],
		lesson: "minimal-base-images",
		why: "The build cache keeps the layer of a lone `apt-get update`, so a later install uses a stale index and quietly installs old, unpatched versions (or fails).",
		fix: "Update and install in the same RUN: RUN apt-get update && apt-get install -y --no-install-recommends pkg && rm -rf /var/lib/apt/lists/*.",
		refs: {
			trivy: ["DS-0017"],
			checkov: ["CKV_DOCKER_5"],
			kics: ["9bae49be-0aa3-4de5-bab2-4c3a069e40cd"]
		},
		examples: {
			bad: "FROM debian:12-slim\nRUN apt-get update\nRUN apt-get install -y curl\n",
			good: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl\n"
		}
	},
	check(model) {
		const hits = [];
		for (const stage of model.stages) {
			let loneUpdate = null;
			for (const run of stage.runs) {
				const acts = actions(run);
				if (acts.has("install") && !acts.has("update") && loneUpdate) {
					hits.push({
						line: run.line,
						message: `This RUN installs packages with the index fetched by the separate update on line ${loneUpdate.line}, which the build cache can keep stale; update and install in one RUN.`
					});
					loneUpdate = null;
				} else if (acts.has("update") && !acts.has("install")) {
					if (loneUpdate && onlyUpdates(actions(loneUpdate))) hits.push(alone(loneUpdate));
					loneUpdate = run;
				}
			}
			if (loneUpdate && onlyUpdates(actions(loneUpdate))) hits.push(alone(loneUpdate));
		}
		return hits;
	}
};
// src/checker/dockerfile/rules/build-tools-in-final-image.ts
/** Packages that build or fetch software, or open a way in, and have no job in a running service. */
var BUILD_PACKAGES = /* @__PURE__ */ new Set([
	"gcc",
	"g++",
	"make",
	"cmake",
	"build-essential",
	"build-base",
	"clang",
	"git",
	"curl",
	"wget",
	"openssh-client",
	"openssh-server",
	"openssh",
	"ssh",
	"sudo",
	"maven",
	"gradle",
	"golang",
	"go",
	"default-jdk",
	"openjdk-17-jdk",
	"openjdk-21-jdk",
	"openjdk-11-jdk",
	"autoconf",
	"automake",
	"libtool"
]);
var MULTI_STAGE = "build in an earlier stage and copy only the result into a slim runtime stage (multi-stage build)";
var rule$27 = {
	meta: {
		id: "build-tools-in-final-image",
		title: "Build tools end up in the final image",
		severity: "warning",
		appliesTo: ["dockerfile"],
		lesson: "multi-stage-builds",
		why: "Compilers, JDKs, package downloaders and git make the image larger and hand an intruder ready-made tools to fetch and build their own payloads.",
		fix: "Use a multi-stage build: compile in a toolchain stage, then COPY --from=build only the artifact into a runtime image (a JRE, distroless or slim base).",
		refs: { dockle: ["DKL-DI-0006"] },
		examples: {
			bad: "FROM maven:3-eclipse-temurin-17\nCOPY . /src\nRUN mvn -f /src package\nCMD [\"java\", \"-jar\", \"/src/target/app.jar\"]\n",
			good: "FROM maven:3-eclipse-temurin-17 AS build\nCOPY . /src\nRUN mvn -f /src package\n\nFROM eclipse-temurin:17-jre\nCOPY --from=build /src/target/app.jar /opt/app/\nCMD [\"java\", \"-jar\", \"/opt/app/app.jar\"]\n"
		}
	},
	check(model) {
		const stage = finalStage(model);
		if (!stage) return [];
		const hits = [];
		let root = stage;
		while (root.base.kind === "stage" && root.base.stageIndex !== null && model.stages[root.base.stageIndex]) root = model.stages[root.base.stageIndex] ?? root;
		if (root.base.info?.toolchain) hits.push({
			line: stage.line,
			message: `The final image is built on ${root.base.resolved}, a build toolchain image; ${MULTI_STAGE}.`
		});
		for (const run of stage.runs) for (const command of commandsOf(run)) {
			const tools = installedPackages(command).filter((p) => BUILD_PACKAGES.has(p));
			if (tools.length > 0) hits.push({
				line: reportLine(run, command),
				message: `The final stage installs ${tools.join(", ")}, which the running service does not need; ${MULTI_STAGE}.`
			});
			if ((command.program === "npm" && [
				"install",
				"i",
				"ci"
			].includes(command.args[0] ?? "") && !hasOption(command.args, [
				"--omit",
				"--production",
				"--only"
			]) || command.program === "yarn" && (command.args.length === 0 || command.args[0] === "install") && !hasOption(command.args, ["--production"])) && stage.base.info?.id.startsWith("node")) hits.push({
				line: reportLine(run, command),
				message: `${command.program} ${command.args[0] ?? "install"} without --omit=dev puts development dependencies in the final image; add --omit=dev, or ${MULTI_STAGE}.`
			});
		}
		return hits;
	}
};
// src/checker/dockerfile/rules/copy-entire-stage-filesystem.ts
var ROOT = /^\/+\.?$/;
var rule$26 = {
	meta: {
		id: "copy-entire-stage-filesystem",
		title: "Whole file system copied from another stage",
		severity: "warning",
		appliesTo: ["dockerfile"],
		lesson: "multi-stage-builds",
		why: "COPY --from=<stage> / / brings the build stage's compilers, caches and secrets into the final image, undoing the point of the multi-stage build.",
		fix: "Copy only the artifacts the service needs, e.g. COPY --from=build /src/target/app.jar /opt/app/.",
		refs: { hadolint: ["DL3067"] },
		examples: {
			bad: "FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build / /\n",
			good: "FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\n"
		}
	},
	check(model) {
		const hits = [];
		for (const stage of model.stages) for (const add of stage.adds) {
			if (add.from === null || !ROOT.test(add.dest) || !add.sources.some((s) => ROOT.test(s))) continue;
			hits.push({
				line: add.line,
				message: `COPY --from=${add.from} / / copies that stage's entire file system, tools and caches included; copy only the files the service needs.`
			});
		}
		return hits;
	}
};
// src/checker/dockerfile/rules/curl-pipe-shell.ts
var DOWNLOADERS = /* @__PURE__ */ new Set(["curl", "wget"]);
var INTERPRETERS = /* @__PURE__ */ new Set([
	"sh",
	"bash",
	"ash",
	"dash",
	"zsh",
	"ksh",
	"python",
	"python3",
	"perl",
	"ruby",
	"node"
]);
var rule$25 = {
	meta: {
		id: "curl-pipe-shell",
		title: "Downloaded script piped straight into a shell",
		severity: "warning",
		appliesTo: ["dockerfile"],
		lesson: "build-secrets-and-supply-chain",
		why: "The build runs whatever the server sends, as root, with no record of what it was; a compromised or changed script lands in the image unnoticed.",
		fix: "Download to a file, verify its checksum or signature, then run it: curl -fsSLo install.sh <url> && echo \"<sha256>  install.sh\" | sha256sum -c - && sh install.sh.",
		refs: { semgrep: ["bash.curl.security.curl-pipe-bash"] },
		examples: {
			bad: "FROM debian:12-slim\nRUN curl -fsSL https://example.com/install.sh | sh\n",
			good: "FROM debian:12-slim\nRUN curl -fsSLo /tmp/install.sh https://example.com/install.sh \\\n && echo \"<sha256>  /tmp/install.sh\" | sha256sum -c - \\\n && sh /tmp/install.sh\n"
		}
	},
	check(model) {
		const hits = [];
		for (const { run } of allRuns(model)) {
			const commands = commandsOf(run);
			for (let i = 0; i < commands.length; i++) {
				const command = commands[i];
				if (!command || !DOWNLOADERS.has(command.program)) continue;
				for (let j = i; j < commands.length && commands[j]?.next === "|"; j++) {
					const next = commands[j + 1];
					if (next && INTERPRETERS.has(next.program)) {
						hits.push({
							line: reportLine(run, command),
							message: `${command.program} pipes a download straight into ${next.program}, so the build runs unverified code. Save it to a file, check its sha256, then run it.`
						});
						break;
					}
				}
			}
		}
		return hits;
	}
};
// src/checker/dockerfile/rules/docker-socket-volume.ts
var rule$24 = {
	meta: {
		id: "docker-socket-volume",
		title: "Docker socket declared as a volume",
		severity: "error",
		appliesTo: ["dockerfile"],
		lesson: "never-privileged",
		why: "Whoever can talk to /var/run/docker.sock can start a privileged container that mounts the host disk: access to the socket is root on the host.",
		fix: "Remove the docker.sock VOLUME; if a tool truly needs the Docker API, give it a restricted proxy or a rootless daemon instead.",
		refs: {
			semgrep: ["dockerfile.security.dockerd-socket-mount"],
			dockerBench: ["5.31"]
		},
		examples: {
			bad: "FROM docker:27-cli\nVOLUME /var/run/docker.sock\n",
			good: "FROM docker:27-cli\nVOLUME /data\n"
		}
	},
	check(model) {
		const hits = [];
		for (const stage of model.stages) for (const volume of stage.volumes) if (volume.path.includes("docker.sock")) hits.push({
			line: volume.line,
			message: "VOLUME for /var/run/docker.sock invites mounting the Docker socket, which gives the container root on the host; remove it."
		});
		return hits;
	}
};
// src/checker/dockerfile/rules/latest-or-untagged-base-image.ts
var rule$23 = {
	meta: {
		id: "latest-or-untagged-base-image",
		title: "Base image without a version tag, or tagged latest",
		severity: "warning",
		appliesTo: ["dockerfile"],
		lesson: "build-secrets-and-supply-chain",
		why: "An untagged or :latest base changes under you: the next build may pull a different OS, runtime or default user, without any change to the Dockerfile.",
		fix: "Pin a version tag such as node:20.11-slim, or better a digest (node:20.11-slim@sha256:...), and update it deliberately.",
		refs: {
			hadolint: ["DL3006", "DL3007"],
			trivy: ["DS-0001"],
			checkov: ["CKV_DOCKER_7"],
			kics: ["9efb0b2d-89c9-41a3-91ca-dcc0aec911fd", "f45ea400-6bbe-4501-9fc7-1c3d75c32067"]
		},
		examples: {
			bad: "FROM node:latest\n",
			good: "FROM node:20.11-slim\n"
		}
	},
	check(model) {
		const hits = [];
		for (const stage of model.stages) {
			const base = stage.base;
			if (base.kind !== "image" || base.digest !== null || base.unresolvedVariables) continue;
			if (base.tag === null || base.tag === "") hits.push({
				line: stage.line,
				message: `FROM ${base.resolved} has no tag, so it means :latest and changes with every release. Pin a version, e.g. ${base.resolved}:<version>, or a digest.`
			});
			else if (base.tag.toLowerCase() === "latest") hits.push({
				line: stage.line,
				message: `FROM ${base.resolved} follows :latest, which changes with every release. Pin a version tag or a digest.`
			});
		}
		return hits;
	}
};
// src/checker/dockerfile/rules/missing-healthcheck.ts
var rule$22 = {
	meta: {
		id: "missing-healthcheck",
		title: "No HEALTHCHECK in the final image",
		severity: "info",
		appliesTo: ["dockerfile"],
		lesson: "images-and-containers",
		why: "Without a health check Docker reports a hung or half-started service as running, and nothing restarts or replaces it.",
		fix: "Add HEALTHCHECK CMD <probe> (for example an HTTP check of the service), or HEALTHCHECK NONE when an orchestrator probes it instead.",
		refs: {
			hadolint: ["DL3057"],
			checkov: ["CKV_DOCKER_2"],
			kics: ["b03a748a-542d-44f4-bb86-9199ab4fd2d5"]
		},
		examples: {
			bad: "FROM nginxinc/nginx-unprivileged:1.27\n",
			good: "FROM nginxinc/nginx-unprivileged:1.27\nHEALTHCHECK CMD curl -fs http://localhost:8080/ || exit 1\n"
		}
	},
	check(model) {
		const last = finalStage(model);
		const seen = /* @__PURE__ */ new Set();
		for (let stage = last; stage && !seen.has(stage.index); stage = stage.base.stageIndex !== null ? model.stages[stage.base.stageIndex] ?? null : null) {
			seen.add(stage.index);
			if (stage.healthcheck) return [];
		}
		if (!last) return [];
		return [{
			line: last.line,
			message: "The final image has no HEALTHCHECK, so a hung service still looks healthy; add HEALTHCHECK CMD <probe>, or HEALTHCHECK NONE if your orchestrator probes it."
		}];
	}
};
// src/checker/dockerfile/rules/pipe-without-pipefail.ts
/** Shells where `-o pipefail` works; plain sh (dash on Debian) may reject or ignore it. */
var PIPEFAIL_SHELLS = /* @__PURE__ */ new Set([
	"bash",
	"zsh",
	"ash",
	"ksh",
	"mksh"
]);
var NON_POSIX = /^(pwsh|powershell|cmd)(\.exe)?$/i;
function basename$1(path) {
	return path.slice(path.lastIndexOf("/") + 1);
}
/** `-o pipefail`, `-eo pipefail`, `-euxo pipefail` in an argument list. */
function setsPipefail(args) {
	return args.some((a, i) => a === "pipefail" && /^-[a-zA-Z]*o$/.test(args[i - 1] ?? "")) || args.includes("-opipefail");
}
/** The commands a RUN executes, reading `["bash", "-c", "a | b"]` as the script it hands to the shell. */
function scriptCommands(run) {
	if (run.form === "shell") return run.commands;
	const c = run.argv.indexOf("-c");
	if (c === -1 || !PIPEFAIL_SHELLS.has(basename$1(run.argv[0] ?? "")) && basename$1(run.argv[0] ?? "") !== "sh") return null;
	if (setsPipefail(run.argv.slice(1, c))) return null;
	return splitCommands(run.argv[c + 1] ?? "", () => run.line);
}
var rule$21 = {
	meta: {
		id: "pipe-without-pipefail",
		title: "RUN with a pipe but without pipefail",
		severity: "warning",
		appliesTo: ["dockerfile"],
		lesson: "build-secrets-and-supply-chain",
		why: "A pipeline reports only the status of its last command, so `curl ... | tar x` or `wget ... | sh` can fail on the download and still let the build succeed with a broken image.",
		fix: "Set SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] before the RUN, or start the script with set -o pipefail in a shell that supports it.",
		refs: {
			hadolint: ["DL4006"],
			kics: ["efbf148a-afcc-4862-b3a0-9f3a0e9ac3b4"],
			semgrep: ["dockerfile.best-practice.set-pipefail"]
		},
		examples: {
			bad: "FROM debian:12-slim\nRUN curl -fsSL https://example.com/data.tgz | tar xz -C /opt\n",
			good: "FROM debian:12-slim\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN curl -fsSL https://example.com/data.tgz | tar xz -C /opt\n"
		}
	},
	check(model) {
		const hits = [];
		for (const { run } of allRuns(model)) {
			const shellName = basename$1(run.shell[0] ?? "");
			if (NON_POSIX.test(shellName)) continue;
			const commands = scriptCommands(run);
			if (!commands || commands.length === 0 || NON_POSIX.test(commands[0]?.program ?? "")) continue;
			if (run.form === "shell" && PIPEFAIL_SHELLS.has(shellName) && setsPipefail(run.shell)) continue;
			let pipefail = false;
			for (const command of commands) {
				if (command.program === "set" && setsPipefail(command.args)) pipefail = true;
				if (command.next === "|" && !pipefail) {
					const plainSh = run.form === "shell" && setsPipefail(run.shell);
					hits.push({
						line: run.line,
						message: plainSh ? `SHELL ${run.shell[0] ?? ""} may not support -o pipefail, so this pipe can hide a failure; use SHELL ["/bin/bash", "-o", "pipefail", "-c"].` : `This RUN pipes ${command.program} into another command without pipefail, so a failure of ${command.program} is ignored; add SHELL ["/bin/bash", "-o", "pipefail", "-c"] before it.`
					});
					break;
				}
			}
		}
		return hits;
	}
};
// src/checker/dockerfile/rules/relative-workdir.ts
var rule$20 = {
	meta: {
		id: "relative-workdir",
		title: "WORKDIR with a relative path",
		severity: "warning",
		appliesTo: ["dockerfile"],
		lesson: "images-and-containers",
		why: "A relative WORKDIR depends on every earlier WORKDIR, including the base image's, so files end up somewhere nobody intended when the base changes.",
		fix: "Use an absolute path, e.g. WORKDIR /opt/app.",
		refs: {
			hadolint: ["DL3000"],
			trivy: ["DS-0009"],
			checkov: ["CKV_DOCKER_10"],
			kics: ["6b376af8-cfe8-49ab-a08d-f32de23661a4"],
			semgrep: ["generic.dockerfile.best-practice.use-absolute-workdir"]
		},
		examples: {
			bad: "FROM alpine:3.20\nWORKDIR app\n",
			good: "FROM alpine:3.20\nWORKDIR /app\n"
		}
	},
	check(model) {
		const hits = [];
		for (const stage of model.stages) for (const { path, line } of stage.workdirs) {
			if (path === "" || path.startsWith("/") || /^[a-zA-Z]:/.test(path) || path.startsWith("\\")) continue;
			hits.push({
				line,
				message: `WORKDIR ${path} is relative, so where it lands depends on earlier WORKDIRs; write the absolute path, e.g. WORKDIR /${path.replace(/^(\.\.?\/)+/, "")}.`
			});
		}
		return hits;
	}
};
// src/checker/dockerfile/rules/runs-as-root.ts
var rule$19 = {
	meta: {
		id: "runs-as-root",
		title: "The container runs as root",
		severity: "error",
		appliesTo: ["dockerfile"],
		lesson: "run-as-non-root",
		why: "A process running as uid 0 that is compromised can rewrite the application, read every file in the image and, with any container escape, act as root on the host.",
		fix: "Create or pick an unprivileged user and end the final stage with a numeric USER, e.g. USER 10001:10001.",
		refs: {
			hadolint: ["DL3002"],
			trivy: ["DS-0002"],
			checkov: ["CKV_DOCKER_3", "CKV_DOCKER_8"],
			kics: ["67fd0c4a-68cf-46d7-8c41-bc9fba7e40ae", "fd54f200-402c-4333-a5a4-36ef6709af2f"],
			dockle: ["CIS-DI-0001"],
			dockerBench: ["4.1"]
		},
		examples: {
			bad: "FROM eclipse-temurin:17-jre\nCOPY app.jar /opt/app/\nCMD [\"java\", \"-jar\", \"/opt/app/app.jar\"]\n",
			good: "FROM eclipse-temurin:17-jre\nCOPY app.jar /opt/app/\nUSER 10001:10001\nCMD [\"java\", \"-jar\", \"/opt/app/app.jar\"]\n"
		}
	},
	check(model) {
		const stage = model.final;
		if (!stage || stage.implicit) return [];
		const user = stage.user;
		if (user.source === "instruction") {
			if (!user.isRoot) return [];
			return [{
				line: user.line,
				message: `The final stage switches to root with "USER ${user.raw}", so the container runs as uid 0. End the stage with an unprivileged numeric user such as USER 10001:10001.`
			}];
		}
		if (user.isRoot === false) return [];
		if (user.isRoot === null) return [{
			line: stage.line,
			message: `The default user of "${stage.base.resolved || stage.base.raw}" cannot be verified and this stage sets no USER. Declare the runtime user explicitly, e.g. USER 10001:10001.`
		}];
		const from = stage.base.kind === "stage" ? `stage "${model.stages[stage.base.stageIndex ?? 0]?.name ?? stage.base.resolved}", which runs as root,` : stage.base.kind === "scratch" ? "scratch, which has no user at all," : `"${stage.base.resolved}", which runs as root,`;
		return [{
			line: stage.line,
			message: `The final stage starts from ${from} and never sets USER, so the container runs as uid 0. Add USER 10001:10001 (or another unprivileged id) before CMD.`
		}];
	}
};
// src/checker/dockerfile/rules/secret-file-in-layer.ts
var SECRET_FILE = /^(\.env(\.[\w-]+)?|id_(rsa|dsa|ecdsa|ed25519)|.*\.(pem|key|p12|pfx)|credentials(\.json)?|\.npmrc|\.pypirc|\.netrc|\.git-credentials|secrets?\..+)$/i;
var NOT_SECRET = /(example|sample|template|dist|public)/i;
function basename(path) {
	const clean = path.replace(/\/+$/, "");
	return clean.slice(clean.lastIndexOf("/") + 1);
}
function isSecretFile(path) {
	const name = basename(path);
	return SECRET_FILE.test(name) && !NOT_SECRET.test(name);
}
/** A source that copies a whole directory (`.`, `./`, `src/`) may carry any file of the context. */
function copiesDirectory(add) {
	return add.from === null && add.sources.some((s) => s === "." || s === "./" || s.endsWith("/") || s === "*");
}
function shippedStages(model) {
	const stages = [];
	const seen = /* @__PURE__ */ new Set();
	for (let stage = model.final; stage && !seen.has(stage.index); stage = stage.base.stageIndex !== null ? model.stages[stage.base.stageIndex] ?? null : null) {
		seen.add(stage.index);
		stages.push(stage);
	}
	return stages;
}
var FIX$1 = "keep it out of the build context with .dockerignore, or use RUN --mount=type=secret so it never lands in a layer";
var rule$18 = {
	meta: {
		id: "secret-file-in-layer",
		title: "Secret file copied into a layer",
		severity: "error",
		appliesTo: ["dockerfile"],
		lesson: "build-secrets-and-supply-chain",
		why: "Every COPY is a layer: a key or token file stays readable in the image (docker save, docker history) even when a later RUN deletes it.",
		fix: "List secret files in .dockerignore and pass build secrets with RUN --mount=type=secret,id=...; never COPY them and rm them later.",
		refs: { dockle: ["CIS-DI-0010"] },
		examples: {
			bad: "FROM node:20-slim\nCOPY .npmrc /root/.npmrc\nRUN npm ci && rm /root/.npmrc\n",
			good: "FROM node:20-slim\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n"
		}
	},
	check(model) {
		const hits = [];
		for (const stage of shippedStages(model).reverse()) {
			const removals = stage.writes.filter((w) => w.kind === "rm");
			for (const add of stage.adds) {
				if (add.from !== null) continue;
				const named = add.sources.filter(isSecretFile);
				const removal = removals.find((w) => w.line > add.line && w.paths.some(isSecretFile));
				if (named.length > 0) hits.push({
					line: add.line,
					message: removal ? `${add.instruction} puts ${named.join(", ")} in a layer; the rm on line ${removal.line} hides it but the image still contains it. Instead, ${FIX$1}.` : `${add.instruction} puts ${named.join(", ")} into the image, where anyone who pulls it can read it. Instead, ${FIX$1}.`
				});
				else if (removal && copiesDirectory(add)) {
					const file = removal.paths.find(isSecretFile) ?? "";
					hits.push({
						line: add.line,
						message: `${add.instruction} ${add.sources.join(" ")} copies ${basename(file)} into a layer, and the rm on line ${removal.line} does not take it out of the image. Instead, ${FIX$1}.`
					});
				}
			}
		}
		return hits;
	}
};
// src/checker/dockerfile/rules/secrets-in-env-or-arg.ts
/** Splits FOO_BAR, foo-bar and fooBar into lower-case words. */
function nameWords(name) {
	return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().split(/[_\-.]+/).filter(Boolean);
}
var SECRET_WORDS = /* @__PURE__ */ new Set([
	"password",
	"passwd",
	"pwd",
	"passphrase",
	"secret",
	"token",
	"apikey",
	"credential",
	"credentials"
]);
var KEY_QUALIFIERS = /* @__PURE__ */ new Set([
	"api",
	"private",
	"access",
	"secret",
	"signing",
	"encryption",
	"auth",
	"client",
	"master"
]);
/** A name that points at a secret (a file, a URL, a length) is not the secret itself. */
var REFERENCE_SUFFIXES = /* @__PURE__ */ new Set([
	"file",
	"path",
	"url",
	"uri",
	"dir",
	"location",
	"length",
	"len",
	"name",
	"header",
	"env"
]);
function isSecretName(name) {
	const words = nameWords(name);
	const last = words[words.length - 1] ?? "";
	if (REFERENCE_SUFFIXES.has(last)) return false;
	return words.some((w, i) => SECRET_WORDS.has(w) || w === "key" && KEY_QUALIFIERS.has(words[i - 1] ?? ""));
}
var rule$17 = {
	meta: {
		id: "secrets-in-env-or-arg",
		title: "Secret passed through ENV or ARG",
		severity: "error",
		appliesTo: ["dockerfile"],
		lesson: "build-secrets-and-supply-chain",
		why: "ENV values are stored in the image config and ARG values in its build history: anyone who can pull the image can read them with docker inspect or docker history.",
		fix: "Mount the secret only for the step that needs it: RUN --mount=type=secret,id=token ... and docker build --secret id=token,src=token.txt; give runtime secrets at run time, not in the image.",
		refs: {
			hadolint: ["DL3064"],
			kics: ["a88baa34-e2ad-44ea-ad6f-8cac87bc7c71"],
			semgrep: ["dockerfile.security.secret-in-build-arg"]
		},
		examples: {
			bad: "FROM node:20-slim\nARG NPM_TOKEN\nRUN echo \"//registry.npmjs.org/:_authToken=$NPM_TOKEN\" > .npmrc && npm ci\n",
			good: "FROM node:20-slim\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n"
		}
	},
	check(model) {
		const hits = [];
		const report = (kv, keyword) => {
			if (!isSecretName(kv.name)) return;
			if (keyword === "ENV") {
				if (kv.value === null || kv.value === "") return;
				hits.push({
					line: kv.line,
					message: `ENV ${kv.name} stores a secret in the image config, where docker inspect shows it to anyone with the image. Use RUN --mount=type=secret for build steps, and pass runtime secrets when the container starts.`
				});
			} else hits.push({
				line: kv.line,
				message: `ARG ${kv.name} passes a secret as a build argument, which docker history keeps in the image. Use RUN --mount=type=secret,id=... and docker build --secret instead.`
			});
		};
		for (const kv of model.globalArgs) report(kv, "ARG");
		for (const stage of model.stages) {
			for (const kv of stage.args) report(kv, "ARG");
			for (const kv of stage.env) report(kv, "ENV");
		}
		return hits.sort((a, b) => a.line - b.line);
	}
};
// src/checker/dockerfile/rules/shell-form-without-shell.ts
var rule$16 = {
	meta: {
		id: "shell-form-without-shell",
		title: "Shell form on an image without a shell",
		severity: "error",
		appliesTo: ["dockerfile"],
		lesson: "minimal-base-images",
		why: "The shell form runs the command through /bin/sh -c. Scratch and distroless images have no /bin/sh, so the container fails to start (or the RUN fails to build).",
		fix: "Use the exec form, e.g. ENTRYPOINT [\"/app/server\"] or CMD [\"java\", \"-jar\", \"/app/app.jar\"], and do RUN work in an earlier stage that has a shell.",
		refs: {},
		examples: {
			bad: "FROM gcr.io/distroless/static-debian12:nonroot\nCOPY server /server\nENTRYPOINT /server --port 8080\n",
			good: "FROM gcr.io/distroless/static-debian12:nonroot\nCOPY server /server\nENTRYPOINT [\"/server\", \"--port\", \"8080\"]\n"
		}
	},
	check(model) {
		const stage = finalStage(model);
		if (!stage || stage.hasShell !== false || stage.shells.length > 0) return [];
		const base = stage.base.kind === "scratch" ? "scratch" : stage.base.resolved;
		const hits = [];
		for (const run of stage.runs) if (run.form === "shell") hits.push({
			line: run.line,
			message: `This RUN uses the shell form, but ${base} has no /bin/sh, so the build fails. Do this work in a build stage and copy the result.`
		});
		for (const spec of [stage.entrypoint, stage.cmd]) {
			if (spec?.form !== "shell") continue;
			const keyword = spec === stage.entrypoint ? "ENTRYPOINT" : "CMD";
			hits.push({
				line: spec.line,
				message: `${keyword} uses the shell form, which needs /bin/sh, and ${base} has none: the container will not start. Write it in exec form, e.g. ${keyword} ["/app/server"].`
			});
		}
		return hits.sort((a, b) => a.line - b.line);
	}
};
// src/checker/dockerfile/rules/ssh-server-or-port-22.ts
var SSH_SERVERS = /* @__PURE__ */ new Set([
	"openssh-server",
	"ssh",
	"openssh",
	"dropbear"
]);
var rule$15 = {
	meta: {
		id: "ssh-server-or-port-22",
		title: "SSH server or port 22 in the image",
		severity: "warning",
		appliesTo: ["dockerfile"],
		lesson: "images-and-containers",
		why: "An SSH daemon is one more service to patch and brute-force, with its own keys and passwords baked into the image; containers are entered with docker exec or kubectl exec instead.",
		fix: "Remove the SSH server and EXPOSE 22; use docker exec / kubectl exec for debugging.",
		refs: {
			trivy: ["DS-0004"],
			checkov: ["CKV_DOCKER_1"],
			kics: ["5907595b-5b6d-4142-b173-dbb0e73fbff8"]
		},
		examples: {
			bad: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y openssh-server\nEXPOSE 22\n",
			good: "FROM debian:12-slim\nEXPOSE 8080\n"
		}
	},
	check(model) {
		const hits = [];
		for (const stage of model.stages) for (const port of stage.expose) if (port.port === 22 && port.protocol === "tcp") hits.push({
			line: port.line,
			message: "EXPOSE 22 advertises an SSH port; remove it and use docker exec or kubectl exec to get into the container."
		});
		else if (/^\d+-\d+/.test(port.raw)) {
			const [lo = 0, hi = 0] = port.raw.split("/")[0]?.split("-").map(Number) ?? [];
			if (lo <= 22 && 22 <= hi) hits.push({
				line: port.line,
				message: `EXPOSE ${port.raw} includes port 22 (SSH); expose only the ports the service listens on.`
			});
		}
		for (const { run, command } of allCommands(model)) {
			const servers = installedPackages(command).filter((p) => SSH_SERVERS.has(p));
			if (servers.length > 0) hits.push({
				line: reportLine(run, command),
				message: `This installs ${servers.join(", ")}, an SSH server; remove it and use docker exec or kubectl exec instead.`
			});
		}
		return hits.sort((a, b) => a.line - b.line);
	}
};
// src/checker/dockerfile/rules/sudo-usage.ts
var rule$14 = {
	meta: {
		id: "sudo-usage",
		title: "sudo in a Dockerfile",
		severity: "warning",
		appliesTo: ["dockerfile"],
		lesson: "run-as-non-root",
		why: "sudo has unpredictable TTY and signal behaviour in containers, and an image that ships sudo gives any process that reaches the user a path back to root.",
		fix: "Run the privileged steps before USER (as root), then switch to the unprivileged user; do not install sudo.",
		refs: {
			hadolint: ["DL3004"],
			trivy: ["DS-0010"],
			checkov: ["CKV2_DOCKER_1"],
			kics: ["8ada6e80-0ade-439e-b176-0b28f6bce35a"]
		},
		examples: {
			bad: "FROM debian:12-slim\nUSER app\nRUN sudo apt-get update\n",
			good: "FROM debian:12-slim\nRUN apt-get update\nUSER 10001\n"
		}
	},
	check(model) {
		const hits = [];
		const seen = /* @__PURE__ */ new Set();
		for (const { run, command } of allCommands(model)) {
			const line = reportLine(run, command);
			if (!command.sudo || seen.has(line)) continue;
			seen.add(line);
			hits.push({
				line,
				message: `"sudo ${command.program}" runs a step through sudo; run it before USER as root instead, and keep sudo out of the image.`
			});
		}
		return hits;
	}
};
// src/checker/dockerfile/rules/tls-verification-disabled.ts
/** curl short options that take a value: a `k` after one of them in a bundle is that value, not --insecure. */
var CURL_VALUE_LETTERS = /* @__PURE__ */ new Set([..."oHduXAeTxbcEFmrwyYzKCQUDPt"]);
function curlInsecure(args) {
	for (let i = 0; i < args.length; i++) {
		const a = args[i] ?? "";
		if (a === "--insecure" || a === "--proxy-insecure") return true;
		if (a.startsWith("--")) continue;
		if (!/^-[a-zA-Z]+$/.test(a)) continue;
		for (const letter of a.slice(1)) {
			if (letter === "k") return true;
			if (CURL_VALUE_LETTERS.has(letter)) {
				i++;
				break;
			}
		}
	}
	return false;
}
var INSECURE_ENV = {
	NODE_TLS_REJECT_UNAUTHORIZED: /^0$/,
	PYTHONHTTPSVERIFY: /^0$/,
	GIT_SSL_NO_VERIFY: /^(1|true|yes)$/i,
	CURL_CA_BUNDLE: /^$/,
	NPM_CONFIG_STRICT_SSL: /^(false|0)$/i
};
function insecureCommand(command) {
	const { program, args } = command;
	const joined = args.join(" ").toLowerCase();
	if (program === "curl" && curlInsecure(args)) return "curl -k/--insecure";
	if (program === "wget" && args.includes("--no-check-certificate")) return "wget --no-check-certificate";
	if (/^pip[0-9.]*$/.test(program) && args.some((a) => a === "--trusted-host" || a.startsWith("--trusted-host="))) return "pip --trusted-host";
	if (program === "git" && /http\.sslverify[= ](false|0|no)\b/.test(joined)) return "git http.sslVerify=false";
	if ((program === "npm" || program === "yarn" || program === "pnpm") && /strict-ssl[= ]false\b/.test(joined)) return `${program} strict-ssl false`;
	if (program === "apk" && args.includes("--allow-untrusted")) return "apk --allow-untrusted";
	if ((program === "apt-get" || program === "apt") && /(verify-peer|verify-host|allowunauthenticated)[= ]*"?(false|true)/i.test(joined)) return `${program} without certificate or signature checks`;
	for (const a of command.assignments) if (INSECURE_ENV[a.name]?.test(a.value)) return `${a.name}=${a.value}`;
	return null;
}
var FIX = "keep verification on and install the CA certificate the server needs (ca-certificates, or COPY the CA into the trust store)";
// src/checker/dockerfile/index.ts
var dockerfileChecker = {
	kind: "dockerfile",
	parse: parseDockerfile,
	rules: [
		rule$19,
		{
			meta: {
				id: "user-not-numeric",
				title: "USER is a name, not a numeric id",
				severity: "info",
				appliesTo: ["dockerfile"],
				lesson: "run-as-non-root",
				why: "Kubernetes runAsNonRoot cannot verify a user name and refuses to start the container (\"image has non-numeric user\"); only a numeric uid can be checked without reading /etc/passwd.",
				fix: "Write the uid (and gid) the name stands for, e.g. USER 10001:10001 instead of USER app.",
				refs: { hadolint: ["DL3066"] },
				examples: {
					bad: "FROM node:20-slim\nUSER node\nCMD [\"node\", \"server.js\"]\n",
					good: "FROM node:20-slim\nUSER 1000:1000\nCMD [\"node\", \"server.js\"]\n"
				}
			},
			check(model) {
				const stage = model.final;
				const user = stage?.userInstructions[stage.userInstructions.length - 1];
				if (!stage || !user || user.isRoot || user.user === "" || user.user.includes("$")) return [];
				if (numericId(user.user) !== null) return [];
				const suggestion = user.uid !== null ? `USER ${user.uid}${user.gid !== null ? `:${user.gid}` : ""}` : "the numeric uid, e.g. USER 10001:10001 (create the user with useradd -u 10001)";
				return [{
					line: user.line,
					message: `USER ${user.raw} is a name, which Kubernetes runAsNonRoot cannot verify. Use ${suggestion}.`
				}];
			}
		},
		rule$31,
		rule$24,
		rule$17,
		rule$18,
		rule$16,
		rule$27,
		rule$26,
		rule$15,
		rule$14,
		rule$25,
		{
			meta: {
				id: "tls-verification-disabled",
				title: "TLS certificate verification turned off",
				severity: "warning",
				appliesTo: ["dockerfile"],
				lesson: "build-secrets-and-supply-chain",
				why: "Without certificate checks anyone on the network path can swap the download, and the build bakes their code into the image.",
				fix: "Remove -k, --insecure, --no-check-certificate, --trusted-host and friends; install the CA certificate the server needs instead.",
				refs: { checkov: [
					"CKV2_DOCKER_2",
					"CKV2_DOCKER_3",
					"CKV2_DOCKER_4",
					"CKV2_DOCKER_5",
					"CKV2_DOCKER_6",
					"CKV2_DOCKER_7",
					"CKV2_DOCKER_8",
					"CKV2_DOCKER_9",
					"CKV2_DOCKER_10",
					"CKV2_DOCKER_11",
					"CKV2_DOCKER_12",
					"CKV2_DOCKER_13",
					"CKV2_DOCKER_14",
					"CKV2_DOCKER_15",
					"CKV2_DOCKER_16",
					"CKV2_DOCKER_17"
				] },
				examples: {
					bad: "FROM alpine:3.20\nRUN curl -k https://example.com/tool -o /usr/local/bin/tool\n",
					good: "FROM alpine:3.20\nRUN apk add --no-cache ca-certificates && curl -fsSL https://example.com/tool -o /usr/local/bin/tool\n"
				}
			},
			check(model) {
				const hits = [];
				for (const stage of model.stages) for (const kv of stage.env) if (kv.value !== null && INSECURE_ENV[kv.name]?.test(kv.value)) hits.push({
					line: kv.line,
					message: `ENV ${kv.name}=${kv.value} turns off certificate checks for every later download and for the running app; ${FIX}.`
				});
				for (const { run, command } of allCommands(model)) {
					const what = insecureCommand(command);
					if (what) hits.push({
						line: reportLine(run, command),
						message: `${what} turns off certificate checks, so a tampered download goes unnoticed; ${FIX}.`
					});
				}
				return hits.sort((a, b) => a.line - b.line);
			}
		},
		rule$33,
		rule$34,
		rule$23,
		rule$21,
		rule$20,
		rule$28,
		rule$29,
		rule$30,
		rule$32,
		rule$22
	]
};
// src/checker/registry/input-guard.ts
/** Larger inputs are refused: no real Dockerfile, profile or manifest comes near it, and a page must stay responsive. */
var MAX_INPUT_BYTES = 5242880;
var INPUT_TOO_LARGE = "input-too-large";
var BINARY_INPUT = "binary-input";
var KIND_LABEL = {
	dockerfile: "Dockerfile",
	run: "run script",
	apparmor: "AppArmor profile",
	compose: "Compose file",
	kubernetes: "Kubernetes manifest"
};
/** UTF-8 size, computed only when the UTF-16 length leaves the answer open (each code unit is 1 to 3 bytes). */
function exceedsLimit(text) {
	if (text.length > 5242880) return true;
	if (text.length * 3 <= 5242880) return false;
	return new TextEncoder().encode(text).length > MAX_INPUT_BYTES;
}
function endOfFirstLine(text) {
	const end = text.search(/\r|\n/);
	return 1 + Math.min(end === -1 ? text.length : end, 200);
}
/**
* Says why a text is not analysed at all, or returns null when it can be.
* Both checks keep the answer instant: a binary or huge paste gets one clear finding instead of a frozen page.
*/
function refuseInput(kind, text) {
	const span = {
		line: 1,
		column: 1,
		endLine: 1
	};
	if (exceedsLimit(text)) return {
		ruleId: INPUT_TOO_LARGE,
		severity: "error",
		message: `This ${KIND_LABEL[kind]} is larger than 5 MB, the most Shipshape analyses; check a smaller file or split this one.`,
		...span,
		endColumn: 1
	};
	if (text.indexOf("\0") !== -1) return {
		ruleId: BINARY_INPUT,
		severity: "error",
		message: `This input contains NUL bytes, so it is binary data rather than a ${KIND_LABEL[kind]}; pass the text file itself.`,
		...span,
		endColumn: endOfFirstLine(text)
	};
	return null;
}
// src/checker/kubernetes/image-reference.ts
/** Splits `registry:port/path/name:tag@digest`: the tag is after the last colon of the last path segment. */
function parseImageReference(value, span) {
	const trimmed = value.trim();
	const at = trimmed.indexOf("@");
	const name = at === -1 ? trimmed : trimmed.slice(0, at);
	const digest = at === -1 ? void 0 : trimmed.slice(at + 1);
	const lastSegment = name.slice(name.lastIndexOf("/") + 1);
	const colon = lastSegment.lastIndexOf(":");
	const tag = colon === -1 ? void 0 : lastSegment.slice(colon + 1);
	return {
		value,
		span,
		...tag ? { tag } : {},
		...digest ? { digest } : {}
	};
}
// src/checker/kubernetes/model.ts
var WORKLOAD_KINDS = [
	"Pod",
	"Deployment",
	"StatefulSet",
	"DaemonSet",
	"ReplicaSet",
	"ReplicationController",
	"Job",
	"CronJob",
	"PodTemplate"
];
// src/checker/kubernetes/profiles.ts
var APPARMOR_ANNOTATION_PREFIX = "container.apparmor.security.beta.kubernetes.io/";
/** Reads a deprecated AppArmor annotation value; null when Kubernetes would not accept it. */
function profileFromAnnotation(value) {
	if (value === "runtime/default") return { type: "RuntimeDefault" };
	if (value === "unconfined") return { type: "Unconfined" };
	if (value.startsWith("localhost/") && value.length > 10) return {
		type: "Localhost",
		localhostProfile: value.slice(10)
	};
	return null;
}
/** Capability names are compared upper case and without the CAP_ prefix some manifests carry. */
function normaliseCapability(raw) {
	const upper = raw.trim().toUpperCase();
	return upper.startsWith("CAP_") ? upper.slice(4) : upper;
}
// src/checker/kubernetes/yaml-nodes.ts
/** Reads YAML nodes with aliases and `<<` merge keys resolved, and turns offsets into spans. */
var NodeReader = class {
	doc;
	lines;
	constructor(doc, lines) {
		this.doc = doc;
		this.lines = lines;
	}
	/** Follows aliases (a bounded number of hops, so a self-referencing anchor cannot loop). */
	resolve(node) {
		let current = node;
		for (let hops = 0; hops < 16 && isAlias(current); hops++) current = current.resolve(this.doc);
		return isAlias(current) ? void 0 : current;
	}
	spanOf(node) {
		const range = node?.range;
		const start = range?.[0] ?? 0;
		const end = Math.max(range?.[1] ?? start, start);
		const from = this.lines.linePos(start);
		const to = this.lines.linePos(end);
		return {
			line: from.line,
			column: from.col,
			endLine: to.line,
			endColumn: to.line === from.line && to.col <= from.col ? from.col + 1 : to.col
		};
	}
	/**
	* The entries of a mapping, merged entries included: an explicit key wins over a merged one, and
	* among merged maps the first listed wins, as YAML 1.1 merge keys specify.
	*/
	entries(node, depth = 0) {
		const found = /* @__PURE__ */ new Map();
		const map = this.resolve(node);
		if (!isMap(map) || depth > 8) return found;
		const merged = [];
		for (const pair of map.items) {
			const key = isAlias(pair.key) ? this.resolve(pair.key) : pair.key;
			if (isMergeKey(key)) {
				const source = this.resolve(pair.value);
				merged.push(...isSeq(source) ? source.items : [source]);
				continue;
			}
			const name = isScalar(key) ? String(key.value) : void 0;
			if (name === void 0 || found.has(name)) continue;
			found.set(name, {
				key: name,
				span: this.spanOf(key),
				value: pair.value
			});
		}
		for (const source of merged) for (const [name, entry] of this.entries(source, depth + 1)) if (!found.has(name)) found.set(name, entry);
		return found;
	}
	items(node) {
		const seq = this.resolve(node);
		return isSeq(seq) ? seq.items : [];
	}
	scalar(node) {
		const value = this.resolve(node);
		return isScalar(value) ? value.value : void 0;
	}
	string(node) {
		const value = this.scalar(node);
		return typeof value === "string" ? value : typeof value === "number" ? String(value) : void 0;
	}
	boolean(node) {
		const value = this.scalar(node);
		return typeof value === "boolean" ? value : void 0;
	}
	number(node) {
		const value = this.scalar(node);
		if (typeof value === "number" && Number.isFinite(value)) return value;
		if (typeof value === "bigint") return Number(value);
	}
};
function isMergeKey(key) {
	return isScalar(key) && (typeof key.value === "symbol" || key.value === "<<" && key.type === "PLAIN");
}
// src/checker/kubernetes/parse.ts
var SYNTAX_RULE_ID = "kubernetes-syntax";
/** `kind: List` may nest; real files never go deeper than this. */
var MAX_LIST_DEPTH = 4;
/** Parses every YAML document of a manifest into the pod specs it declares; never throws. */
function parseKubernetes(text) {
	const refused = refuseInput("kubernetes", text);
	if (refused) return {
		workloads: [],
		diagnostics: [refused]
	};
	try {
		return parseDocuments(text);
	} catch (error) {
		return {
			workloads: [],
			diagnostics: [{
				ruleId: SYNTAX_RULE_ID,
				severity: "error",
				message: `This manifest could not be read: ${error instanceof Error ? error.message : String(error)}`,
				line: 1,
				column: 1,
				endLine: 1,
				endColumn: 1
			}]
		};
	}
}
function parseDocuments(text) {
	const lines = new LineCounter();
	const documents = parseAllDocuments(text, {
		lineCounter: lines,
		version: "1.1",
		merge: true,
		prettyErrors: false
	});
	const model = {
		workloads: [],
		diagnostics: []
	};
	documents.forEach((doc, index) => {
		if (doc.errors.length > 0) {
			model.diagnostics.push(...doc.errors.map((error) => syntaxFinding(error.message, error.pos, lines)));
			return;
		}
		collectObject(new NodeReader(doc, lines), doc.contents, index, model.workloads, 0);
	});
	return model;
}
function syntaxFinding(message, pos, lines) {
	const from = lines.linePos(pos[0]);
	const to = lines.linePos(Math.max(pos[1], pos[0]));
	const firstLine = message.split("\n")[0] ?? message;
	return {
		ruleId: SYNTAX_RULE_ID,
		severity: "error",
		message: `YAML error: ${/[.!?]$/.test(firstLine) ? firstLine : `${firstLine}.`} The rest of this document is not checked until it parses.`,
		line: from.line,
		column: from.col,
		endLine: to.line,
		endColumn: to.line === from.line && to.col <= from.col ? from.col + 1 : to.col
	};
}
function isWorkloadKind(kind) {
	return WORKLOAD_KINDS.includes(kind ?? "");
}
function collectObject(read, node, document, out, depth) {
	const object = read.entries(node);
	const kindEntry = object.get("kind");
	const kind = read.string(kindEntry?.value);
	if (kind !== void 0 && /List$/.test(kind) && depth < MAX_LIST_DEPTH) {
		for (const item of read.items(object.get("items")?.value)) collectObject(read, item, document, out, depth + 1);
		return;
	}
	if (!isWorkloadKind(kind)) return;
	const template = podTemplateOf(read, kind, object);
	if (!template) return;
	const metadata = read.entries(object.get("metadata")?.value);
	const namespace = read.string(metadata.get("namespace")?.value);
	out.push(readPodSpec(read, template, {
		kind,
		name: read.string(metadata.get("name")?.value) ?? "",
		...namespace !== void 0 ? { namespace } : {},
		document,
		line: kindEntry?.span.line ?? read.spanOf(node).line
	}));
}
/** Where each kind keeps its pod: Pod at `spec`, PodTemplate at `template`, CronJob two levels down. */
function podTemplateOf(read, kind, object) {
	if (kind === "Pod") {
		const spec = object.get("spec");
		return spec && {
			metadata: read.entries(object.get("metadata")?.value),
			spec
		};
	}
	let holder = object;
	if (kind !== "PodTemplate") holder = read.entries(object.get("spec")?.value);
	if (kind === "CronJob") holder = read.entries(read.entries(holder.get("jobTemplate")?.value).get("spec")?.value);
	const template = read.entries(holder.get("template")?.value);
	const spec = template.get("spec");
	return spec && {
		metadata: read.entries(template.get("metadata")?.value),
		spec
	};
}
function readPodSpec(read, template, header) {
	const spec = read.entries(template.spec.value);
	const podContext = spec.get("securityContext");
	const pod = read.entries(podContext?.value);
	const settings = new SettingReader(read);
	const appArmorAnnotations = readAppArmorAnnotations(read, template.metadata);
	const volumes = read.items(spec.get("volumes")?.value).map((item) => readVolume(read, item));
	const containers = [];
	for (const [key, role] of [
		["containers", "container"],
		["initContainers", "initContainer"],
		["ephemeralContainers", "ephemeralContainer"]
	]) for (const item of read.items(spec.get(key)?.value)) containers.push(readContainer(read, settings, item, role, pod, appArmorAnnotations));
	return {
		...header,
		podSpecSpan: template.spec.span,
		...optional("hostNetwork", settings.boolean(spec, "hostNetwork", "pod")),
		...optional("hostPID", settings.boolean(spec, "hostPID", "pod")),
		...optional("hostIPC", settings.boolean(spec, "hostIPC", "pod")),
		...optional("hostUsers", settings.boolean(spec, "hostUsers", "pod")),
		...optional("runtimeClassName", settings.string(spec, "runtimeClassName", "pod")),
		...optional("automountServiceAccountToken", settings.boolean(spec, "automountServiceAccountToken", "pod")),
		...optional("podSecurityContextSpan", podContext?.span),
		appArmorAnnotations,
		volumes,
		containers
	};
}
/** Spreads `{ [key]: value }` only when the value exists, so an unset field is absent rather than undefined. */
function optional(key, value) {
	return value === void 0 ? {} : { [key]: value };
}
var SettingReader = class {
	read;
	constructor(read) {
		this.read = read;
	}
	boolean(map, key, source) {
		return this.make(map.get(key), this.read.boolean(map.get(key)?.value), source);
	}
	number(map, key, source) {
		return this.make(map.get(key), this.read.number(map.get(key)?.value), source);
	}
	string(map, key, source) {
		return this.make(map.get(key), this.read.string(map.get(key)?.value), source);
	}
	profile(map, key, source) {
		const entry = map.get(key);
		if (!entry) return void 0;
		const fields = this.read.entries(entry.value);
		if (fields.size === 0) return void 0;
		const localhostProfile = this.read.string(fields.get("localhostProfile")?.value);
		return {
			value: {
				type: this.read.string(fields.get("type")?.value) ?? "",
				...localhostProfile !== void 0 ? { localhostProfile } : {}
			},
			span: entry.span,
			source
		};
	}
	make(entry, value, source) {
		return entry && value !== void 0 ? {
			value,
			span: entry.span,
			source
		} : void 0;
	}
};
function readAppArmorAnnotations(read, metadata) {
	const found = [];
	for (const [key, entry] of read.entries(metadata.get("annotations")?.value)) {
		if (!key.startsWith("container.apparmor.security.beta.kubernetes.io/")) continue;
		const value = read.string(entry.value) ?? "";
		found.push({
			container: key.slice(APPARMOR_ANNOTATION_PREFIX.length),
			value,
			profile: profileFromAnnotation(value),
			span: entry.span
		});
	}
	return found;
}
function readVolume(read, item) {
	const volume = read.entries(item);
	const nameEntry = volume.get("name");
	const hostPathEntry = volume.get("hostPath");
	const result = {
		name: read.string(nameEntry?.value) ?? "",
		span: nameEntry?.span ?? read.spanOf(item)
	};
	if (hostPathEntry) {
		const hostPath = read.entries(hostPathEntry.value);
		const pathEntry = hostPath.get("path");
		const type = read.string(hostPath.get("type")?.value);
		result.hostPath = {
			path: read.string(pathEntry?.value) ?? "",
			span: pathEntry?.span ?? hostPathEntry.span,
			...type !== void 0 ? { type } : {}
		};
	}
	return result;
}
function readMounts(read, node) {
	return read.items(node).map((item) => {
		const mount = read.entries(item);
		const nameEntry = mount.get("name");
		return {
			name: read.string(nameEntry?.value) ?? "",
			mountPath: read.string(mount.get("mountPath")?.value) ?? "",
			readOnly: read.boolean(mount.get("readOnly")?.value) === true,
			span: nameEntry?.span ?? read.spanOf(item)
		};
	});
}
function readCapabilityList(read, node) {
	return read.items(node).flatMap((item) => {
		const raw = read.string(item);
		return raw === void 0 ? [] : [{
			name: normaliseCapability(raw),
			raw,
			span: read.spanOf(read.resolve(item) ?? item)
		}];
	});
}
function readCapabilities(read, entry) {
	if (!entry) return void 0;
	const caps = read.entries(entry.value);
	return {
		add: readCapabilityList(read, caps.get("add")?.value),
		drop: readCapabilityList(read, caps.get("drop")?.value),
		span: entry.span
	};
}
function readContainer(read, settings, item, role, pod, annotations) {
	const container = read.entries(item);
	const nameEntry = container.get("name");
	const name = read.string(nameEntry?.value) ?? "";
	const contextEntry = container.get("securityContext");
	const own = read.entries(contextEntry?.value);
	const imageEntry = container.get("image");
	const imageValue = read.string(imageEntry?.value);
	const capabilities = readCapabilities(read, own.get("capabilities"));
	const privileged = settings.boolean(own, "privileged", "container");
	const allowPrivilegeEscalation = settings.boolean(own, "allowPrivilegeEscalation", "container");
	const annotation = annotations.find((a) => a.container === name && a.profile !== null);
	const annotationProfile = annotation?.profile ? {
		value: annotation.profile,
		span: annotation.span,
		source: "annotation"
	} : void 0;
	const addsSysAdmin = capabilities?.add.some((c) => c.name === "SYS_ADMIN" || c.name === "ALL") ?? false;
	const security = {
		escalationPossible: allowPrivilegeEscalation?.value !== false || privileged?.value === true || addsSysAdmin,
		...optional("privileged", privileged),
		...optional("runAsNonRoot", settings.boolean(own, "runAsNonRoot", "container") ?? settings.boolean(pod, "runAsNonRoot", "pod")),
		...optional("runAsUser", settings.number(own, "runAsUser", "container") ?? settings.number(pod, "runAsUser", "pod")),
		...optional("runAsGroup", settings.number(own, "runAsGroup", "container") ?? settings.number(pod, "runAsGroup", "pod")),
		...optional("allowPrivilegeEscalation", allowPrivilegeEscalation),
		...optional("capabilities", capabilities),
		...optional("seccompProfile", settings.profile(own, "seccompProfile", "container") ?? settings.profile(pod, "seccompProfile", "pod")),
		...optional("appArmorProfile", settings.profile(own, "appArmorProfile", "container") ?? annotationProfile ?? settings.profile(pod, "appArmorProfile", "pod")),
		...optional("readOnlyRootFilesystem", settings.boolean(own, "readOnlyRootFilesystem", "container")),
		...optional("procMount", settings.string(own, "procMount", "container"))
	};
	return {
		name,
		role,
		nameSpan: nameEntry?.span ?? read.spanOf(item),
		...optional("image", imageValue !== void 0 && imageEntry ? parseImageReference(imageValue, imageEntry.span) : void 0),
		security,
		...optional("securityContextSpan", contextEntry?.span),
		mounts: readMounts(read, container.get("volumeMounts")?.value)
	};
}
// src/checker/kubernetes/rules/report.ts
var ROLE_WORD = {
	container: "Container",
	initContainer: "Init container",
	ephemeralContainer: "Ephemeral container"
};
/** `Container "web"`, `Init container "setup"`; unnamed containers are numbered by role. */
function describeContainer(container) {
	return container.name ? `${ROLE_WORD[container.role]} "${container.name}"` : `An unnamed ${ROLE_WORD[container.role].toLowerCase()}`;
}
/** `Container "a"` or `Containers "a" and "b"`, for a pod-level setting several containers inherit. */
function describeContainers(containers) {
	const first = containers[0];
	if (!first) return "No container";
	if (containers.length === 1) return describeContainer(first);
	const names = containers.map((c) => `"${c.name}"`);
	return `Containers ${names.slice(0, -1).join(", ")} and ${names[names.length - 1] ?? ""}`;
}
function hitAt(span, message) {
	return {
		line: span.line,
		column: span.column,
		endLine: span.endLine,
		endColumn: span.endColumn,
		message
	};
}
/**
* One hit per key: a pod-level setting that several containers inherit is reported once, at
* its own line, naming every container it affects.
*/
function hitsPerKey(problems, message) {
	const byKey = /* @__PURE__ */ new Map();
	for (const problem of problems) {
		const key = `${problem.span.line}:${problem.span.column}`;
		byKey.set(key, [...byKey.get(key) ?? [], problem]);
	}
	return [...byKey.values()].map((group) => {
		const containers = group.map((p) => p.container);
		return hitAt(group[0].span, message(describeContainers(containers), containers));
	});
}
/** Every container of every workload, with its workload. */
function* eachContainer(model) {
	for (const workload of model.workloads) for (const container of workload.containers) yield [container, workload];
}
/** Picks the verb form that agrees with `describeContainers`. */
function verbFor(containers, singular, plural) {
	return containers.length > 1 ? plural : singular;
}
// src/checker/kubernetes/rules/k8s-allow-privilege-escalation.ts
var rule$11 = {
	meta: {
		id: "k8s-allow-privilege-escalation",
		title: "Privilege escalation not disabled",
		severity: "warning",
		appliesTo: ["kubernetes"],
		lesson: "least-privilege-capabilities",
		why: "Unless `allowPrivilegeEscalation` is false, a process can gain privileges it did not start with, for example through a setuid binary such as sudo.",
		fix: "Set `allowPrivilegeEscalation: false` in every container's securityContext (it sets no_new_privs on the process).",
		refs: {
			pss: ["Privilege Escalation"],
			trivy: ["KSV-0001"],
			checkov: ["CKV_K8S_20"],
			polaris: ["privilegeEscalationAllowed"]
		},
		examples: {
			bad: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n",
			good: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n      securityContext:\n        allowPrivilegeEscalation: false\n"
		}
	},
	check(model) {
		const hits = [];
		for (const [container] of eachContainer(model)) {
			const { allowPrivilegeEscalation, escalationPossible } = container.security;
			const who = describeContainer(container);
			if (allowPrivilegeEscalation === void 0) hits.push(hitAt(container.nameSpan, `${who} does not set \`allowPrivilegeEscalation: false\`, so setuid programs can still raise its privileges. Add it to the container's securityContext.`));
			else if (allowPrivilegeEscalation.value) hits.push(hitAt(allowPrivilegeEscalation.span, `${who} sets \`allowPrivilegeEscalation: true\`, so setuid programs can raise its privileges. Set it to false.`));
			else if (escalationPossible) hits.push(hitAt(allowPrivilegeEscalation.span, `${who} sets \`allowPrivilegeEscalation: false\` but is privileged or adds SYS_ADMIN, either of which lets it gain privileges anyway. Remove \`privileged: true\` or the SYS_ADMIN capability.`));
		}
		return hits;
	}
};
// src/checker/kubernetes/rules/k8s-apparmor-annotation-deprecated.ts
var FIELD_FOR = {
	RuntimeDefault: "{type: RuntimeDefault}",
	Unconfined: "{type: Unconfined}"
};
var rule$10 = {
	meta: {
		id: "k8s-apparmor-annotation-deprecated",
		title: "AppArmor set through the deprecated annotation",
		severity: "info",
		appliesTo: ["kubernetes"],
		lesson: "apparmor-profiles",
		why: "Before Kubernetes 1.30 AppArmor was chosen with `container.apparmor.security.beta.kubernetes.io/<container>` annotations; that annotation is deprecated in favour of the `appArmorProfile` field.",
		fix: "Move the choice to `securityContext.appArmorProfile` of the container (or the pod) and delete the annotation.",
		refs: {},
		examples: {
			bad: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  annotations:\n    container.apparmor.security.beta.kubernetes.io/app: localhost/k8s-deny-write\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n",
			good: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n      securityContext:\n        appArmorProfile:\n          type: Localhost\n          localhostProfile: k8s-deny-write\n"
		}
	},
	check(model) {
		const hits = [];
		for (const workload of model.workloads) for (const annotation of workload.appArmorAnnotations) {
			const profile = annotation.profile;
			const field = profile?.type === "Localhost" ? `{type: Localhost, localhostProfile: ${profile.localhostProfile ?? ""}}` : FIELD_FOR[profile?.type ?? ""] ?? "{type: RuntimeDefault}";
			hits.push(hitAt(annotation.span, `The AppArmor annotation for container "${annotation.container}" is deprecated since Kubernetes 1.30. Set \`appArmorProfile: ${field}\` in that container's securityContext instead.`));
		}
		return hits;
	}
};
// src/checker/kubernetes/rules/k8s-apparmor-unconfined.ts
var rule$9 = {
	meta: {
		id: "k8s-apparmor-unconfined",
		title: "AppArmor turned off",
		severity: "error",
		appliesTo: ["kubernetes"],
		lesson: "apparmor-profiles",
		why: "An Unconfined AppArmor profile removes the mandatory access control that the runtime's default profile adds, such as the denials on /proc and /sys writes and on mount.",
		fix: "Use `appArmorProfile: {type: RuntimeDefault}`, or `type: Localhost` with a `localhostProfile` that is loaded on every node.",
		refs: {
			pss: ["AppArmor"],
			trivy: ["KSV-0002"]
		},
		examples: {
			bad: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n      securityContext:\n        appArmorProfile:\n          type: Unconfined\n",
			good: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n      securityContext:\n        appArmorProfile:\n          type: RuntimeDefault\n"
		}
	},
	check(model) {
		const unconfined = [];
		for (const [container] of eachContainer(model)) {
			const profile = container.security.appArmorProfile;
			if (profile?.value.type === "Unconfined") unconfined.push({
				span: profile.span,
				container
			});
		}
		const hits = hitsPerKey(unconfined, (who, containers) => `${who} ${verbFor(containers, "runs", "run")} without AppArmor (Unconfined). Use \`appArmorProfile: {type: RuntimeDefault}\`, or a Localhost profile loaded on the node.`);
		for (const workload of model.workloads) for (const annotation of workload.appArmorAnnotations) {
			if (annotation.profile !== null) continue;
			hits.push(hitAt(annotation.span, `"${annotation.value}" is not an AppArmor profile Kubernetes accepts for container "${annotation.container}". Use \`securityContext.appArmorProfile\` with type RuntimeDefault, or Localhost and a localhostProfile.`));
		}
		return hits;
	}
};
// src/checker/kubernetes/rules/k8s-capabilities.ts
/** The capabilities the Pod Security Standards' Baseline profile lets a container add: the usual runtime defaults. */
var BASELINE_ADDS = /* @__PURE__ */ new Set([
	"AUDIT_WRITE",
	"CHOWN",
	"DAC_OVERRIDE",
	"FOWNER",
	"FSETID",
	"KILL",
	"MKNOD",
	"NET_BIND_SERVICE",
	"SETFCAP",
	"SETGID",
	"SETPCAP",
	"SETUID",
	"SYS_CHROOT"
]);
var WHAT_IT_ALLOWS = {
	ALL: "every capability, close to a privileged container",
	SYS_ADMIN: "mounting filesystems and many other administrative calls, the usual first step of a container escape",
	NET_ADMIN: "reconfiguring interfaces, routes and firewall rules",
	SYS_PTRACE: "tracing and injecting code into other processes",
	SYS_MODULE: "loading kernel modules, that is running code in the host kernel",
	DAC_READ_SEARCH: "bypassing file read permissions and opening files by handle, used by a known container breakout",
	SYS_RAWIO: "raw access to I/O ports and devices",
	BPF: "loading eBPF programs into the kernel"
};
function dangerousAdd(container, entry) {
	const allows = WHAT_IT_ALLOWS[entry.name] ?? "a power outside the default set that the Pod Security Standards allow";
	return {
		...hitAt(entry.span, `${describeContainer(container)} adds ${entry.raw}, which grants ${allows}. Remove it, and find a way that needs no extra capability.`),
		severity: "error"
	};
}
function missingDropAll(container) {
	return {
		...hitAt(container.security.capabilities?.span ?? container.securityContextSpan ?? container.nameSpan, `${describeContainer(container)} keeps the runtime's default capabilities. Add \`capabilities: {drop: [ALL]}\` to its securityContext, then add back only what it needs (often NET_BIND_SERVICE or nothing).`),
		severity: "warning"
	};
}
var rule$8 = {
	meta: {
		id: "k8s-capabilities",
		title: "Capabilities not dropped, or dangerous ones added",
		severity: "warning",
		appliesTo: ["kubernetes"],
		lesson: "least-privilege-capabilities",
		why: "Every capability left in place is kernel power an attacker inherits; SYS_ADMIN, NET_ADMIN, SYS_PTRACE or SYS_MODULE turn a compromised container into a compromised node.",
		fix: "Set `capabilities: {drop: [ALL]}` and add back only what the process needs, typically NET_BIND_SERVICE or nothing at all.",
		refs: {
			pss: ["Capabilities"],
			trivy: [
				"KSV-0003",
				"KSV-0005",
				"KSV-0022"
			],
			checkov: [
				"CKV_K8S_25",
				"CKV_K8S_28",
				"CKV_K8S_37",
				"CKV_K8S_39"
			],
			polaris: ["dangerousCapabilities", "insecureCapabilities"]
		},
		examples: {
			bad: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n      securityContext:\n        capabilities:\n          add: [SYS_ADMIN]\n",
			good: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n      securityContext:\n        capabilities:\n          drop: [ALL]\n          add: [NET_BIND_SERVICE]\n"
		}
	},
	check(model) {
		const hits = [];
		for (const [container] of eachContainer(model)) {
			const capabilities = container.security.capabilities;
			if (!capabilities?.drop.some((entry) => entry.name === "ALL")) hits.push(missingDropAll(container));
			for (const entry of capabilities?.add ?? []) if (!BASELINE_ADDS.has(entry.name)) hits.push(dangerousAdd(container, entry));
		}
		return hits;
	}
};
// src/checker/kubernetes/host-paths.ts
/** Host paths whose exposure hands a container control of the node. */
/** Collapses `//`, `.` and `..` and a trailing slash, and maps /var/run to /run (a symlink on current distributions). */
function normaliseHostPath(raw) {
	const parts = [];
	for (const part of raw.trim().split("/")) {
		if (part === "" || part === ".") continue;
		if (part === "..") parts.pop();
		else parts.push(part);
	}
	const path = `/${parts.join("/")}`;
	return path === "/var/run" || path.startsWith("/var/run/") ? path.slice(4) : path;
}
/** Container runtime API sockets, after normalisation: whoever reaches one can start privileged containers. */
var RUNTIME_SOCKETS = [
	"/run/docker.sock",
	"/run/containerd/containerd.sock",
	"/run/crio/crio.sock",
	"/run/cri-dockerd.sock",
	"/run/k3s/containerd/containerd.sock"
];
/** Paths that are sensitive on their own and in everything below them. */
var SENSITIVE_TREES = [
	"/proc",
	"/sys",
	"/root",
	"/var/lib/kubelet",
	"/etc/kubernetes",
	"/boot",
	"/dev"
];
/** Paths that are sensitive themselves, and through anything that contains them. */
var SENSITIVE_EXACT = [
	"/",
	"/etc",
	...RUNTIME_SOCKETS
];
function isInside(path, tree) {
	return tree === "/" ? true : path === tree || path.startsWith(`${tree}/`);
}
/** True when the path is, contains or lies under a location that gives control of the node. */
function isSensitiveHostPath(raw) {
	const path = normaliseHostPath(raw);
	return SENSITIVE_TREES.some((tree) => isInside(path, tree) || isInside(tree, path)) || SENSITIVE_EXACT.some((exact) => isInside(exact, path));
}
/** The runtime socket a host path exposes (the socket itself or a directory holding it), if any. */
function exposedRuntimeSocket(raw) {
	const path = normaliseHostPath(raw);
	if (path === "/") return void 0;
	return RUNTIME_SOCKETS.find((socket) => isInside(socket, path));
}
// src/checker/kubernetes/rules/k8s-container-runtime-socket.ts
var rule$7 = {
	meta: {
		id: "k8s-container-runtime-socket",
		title: "Container runtime socket mounted",
		severity: "error",
		appliesTo: ["kubernetes"],
		lesson: "container-runtimes",
		why: "The Docker, containerd or CRI-O socket is the API that starts containers on the node. Whoever can write to it can start a privileged container with the host's / mounted: root on the node.",
		fix: "Remove the hostPath volume. Build images with a daemonless builder, and read container state through the Kubernetes API instead of the runtime.",
		refs: {
			trivy: ["KSV-0006"],
			checkov: ["CKV_K8S_27"]
		},
		examples: {
			bad: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n  volumes:\n    - name: docker\n      hostPath:\n        path: /var/run/docker.sock\n",
			good: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n  volumes:\n    - name: cache\n      emptyDir: {}\n"
		}
	},
	check(model) {
		const hits = [];
		for (const workload of model.workloads) for (const volume of workload.volumes) {
			const hostPath = volume.hostPath;
			const socket = hostPath && exposedRuntimeSocket(hostPath.path);
			if (!hostPath || !socket) continue;
			hits.push(hitAt(hostPath.span, `Volume "${volume.name}" exposes the node's container runtime socket (${socket}); anything that can use it controls every container on the node. Remove this hostPath volume.`));
		}
		return hits;
	}
};
// src/checker/kubernetes/rules/k8s-host-namespaces.ts
var SHARED = [
	{
		key: "hostNetwork",
		effect: "it sees every host interface and can reach services that listen only on the node's loopback"
	},
	{
		key: "hostPID",
		effect: "it sees every process on the node, and with enough privilege can signal, trace or enter them"
	},
	{
		key: "hostIPC",
		effect: "it shares the node's shared memory, semaphores and message queues"
	}
];
function workloadLabel(workload) {
	return workload.name ? `${workload.kind} "${workload.name}"` : `This ${workload.kind}`;
}
var rule$6 = {
	meta: {
		id: "k8s-host-namespaces",
		title: "Pod shares a host namespace",
		severity: "error",
		appliesTo: ["kubernetes"],
		lesson: "no-host-network",
		why: "hostNetwork, hostPID and hostIPC remove the isolation of the network stack, the process table or IPC between the pod and the node.",
		fix: "Delete the field or set it to false; expose ports through a Service instead of the host network.",
		refs: {
			pss: ["Host Namespaces"],
			trivy: [
				"KSV-0008",
				"KSV-0009",
				"KSV-0010"
			],
			checkov: [
				"CKV_K8S_17",
				"CKV_K8S_18",
				"CKV_K8S_19"
			],
			polaris: [
				"hostNetworkSet",
				"hostPIDSet",
				"hostIPCSet"
			]
		},
		examples: {
			bad: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  hostNetwork: true\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n",
			good: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n"
		}
	},
	check(model) {
		const hits = [];
		for (const workload of model.workloads) for (const { key, effect } of SHARED) {
			const setting = workload[key];
			if (setting?.value !== true) continue;
			hits.push(hitAt(setting.span, `${workloadLabel(workload)} sets \`${key}: true\`, so ${effect}. Remove it or set it to false.`));
		}
		return hits;
	}
};
// src/checker/kubernetes/rules/k8s-host-path.ts
function mountedBy(workload, volume) {
	const users = workload.containers.flatMap((container) => container.mounts.filter((mount) => mount.name === volume.name).map((mount) => `"${container.name}"${mount.readOnly ? " (read-only)" : " (read-write)"}`));
	return users.length > 0 ? `mounted by ${users.join(", ")}` : "not mounted by any container yet";
}
// src/checker/kubernetes/index.ts
var kubernetesChecker = {
	kind: "kubernetes",
	parse: parseKubernetes,
	rules: [
		{
			meta: {
				id: "k8s-privileged",
				title: "Container runs privileged",
				severity: "error",
				appliesTo: ["kubernetes"],
				lesson: "never-privileged",
				why: "A privileged container gets every capability and every host device, and Kubernetes then ignores its seccomp and AppArmor profiles: root inside it can take over the node.",
				fix: "Remove `privileged: true` and add back only the specific capabilities the process needs under `securityContext.capabilities.add`.",
				refs: {
					pss: ["Privileged Containers"],
					trivy: ["KSV-0017"],
					checkov: ["CKV_K8S_16"],
					polaris: ["runAsPrivileged"]
				},
				examples: {
					bad: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n      securityContext:\n        privileged: true\n",
					good: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n      securityContext:\n        privileged: false\n        capabilities:\n          drop: [ALL]\n"
				}
			},
			check(model) {
				const hits = [];
				for (const [container] of eachContainer(model)) {
					const privileged = container.security.privileged;
					if (privileged?.value !== true) continue;
					hits.push(hitAt(privileged.span, `${describeContainer(container)} runs privileged: it gets all capabilities and host devices, and its seccomp and AppArmor profiles are ignored. Remove \`privileged: true\` and add only the capabilities it needs.`));
				}
				return hits;
			}
		},
		rule$6,
		{
			meta: {
				id: "k8s-run-as-root",
				title: "Container may run as root",
				severity: "error",
				appliesTo: ["kubernetes"],
				lesson: "run-as-non-root",
				why: "Root in a container is root on the node's kernel: one escape bug or careless mount away from the host. Without `runAsNonRoot: true` or a non-zero `runAsUser`, the image's USER decides, and the cluster cannot see it.",
				fix: "Set `runAsNonRoot: true` and a numeric `runAsUser` (e.g. 10001) in the pod or container securityContext. With `runAsNonRoot` alone the image needs a numeric USER: the kubelet refuses to start a container whose USER is a name, since it cannot prove that name is not root.",
				refs: {
					pss: ["Running as Non-root", "Running as Non-root user"],
					trivy: ["KSV-0012", "KSV-0105"],
					checkov: ["CKV_K8S_23"],
					polaris: ["runAsRootAllowed"]
				},
				examples: {
					bad: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n",
					good: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  securityContext:\n    runAsNonRoot: true\n    runAsUser: 10001\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n"
				}
			},
			check(model) {
				const uidZero = [];
				const notRequired = [];
				const hits = [];
				for (const [container] of eachContainer(model)) {
					const { runAsUser, runAsNonRoot } = container.security;
					if (runAsUser?.value === 0) uidZero.push({
						span: runAsUser.span,
						container
					});
					else if (runAsUser === void 0 && runAsNonRoot?.value !== true) {
						if (runAsNonRoot) notRequired.push({
							span: runAsNonRoot.span,
							container
						});
						else hits.push(hitAt(container.nameSpan, `${describeContainer(container)} sets neither \`runAsNonRoot: true\` nor a non-zero \`runAsUser\`, so the image's USER decides and may be root. Add \`runAsNonRoot: true\` with a numeric \`runAsUser\` to its securityContext.`));
					}
				}
				hits.push(...hitsPerKey(uidZero, (who, containers) => `${who} ${verbFor(containers, "runs", "run")} as root because \`runAsUser\` is 0. Use a non-zero UID such as 10001 and add \`runAsNonRoot: true\`.`));
				hits.push(...hitsPerKey(notRequired, (who) => `${who} may run as root: \`runAsNonRoot\` is false and no \`runAsUser\` is set, so the image's USER decides. Set \`runAsNonRoot: true\` and a numeric \`runAsUser\`.`));
				return hits;
			}
		},
		rule$11,
		rule$8,
		{
			meta: {
				id: "k8s-seccomp-unconfined",
				title: "No seccomp filter",
				severity: "warning",
				appliesTo: ["kubernetes"],
				lesson: "least-privilege-capabilities",
				why: "Without a seccomp profile every system call reaches the kernel, including mount, unshare, keyctl and others behind past container breakouts. Kubernetes runs containers Unconfined unless a profile is set or the kubelet's SeccompDefault option is on.",
				fix: "Set `seccompProfile: {type: RuntimeDefault}` in the pod securityContext (or Localhost with a tested profile).",
				refs: {
					pss: ["Seccomp"],
					trivy: ["KSV-0030", "KSV-0104"],
					checkov: ["CKV_K8S_31"]
				},
				examples: {
					bad: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  securityContext:\n    seccompProfile:\n      type: Unconfined\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n",
					good: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  securityContext:\n    seccompProfile:\n      type: RuntimeDefault\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n"
				}
			},
			check(model) {
				const unconfined = [];
				const hits = [];
				const unset = [];
				for (const [container] of eachContainer(model)) {
					const profile = container.security.seccompProfile;
					if (profile?.value.type === "Unconfined") unconfined.push({
						span: profile.span,
						container
					});
					else if (profile === void 0) unset.push(container);
				}
				hits.push(...hitsPerKey(unconfined, (who, containers) => `${who} ${verbFor(containers, "runs", "run")} with seccomp Unconfined, so every system call reaches the kernel. Set \`seccompProfile: {type: RuntimeDefault}\`.`));
				for (const container of unset) hits.push(hitAt(container.nameSpan, `${describeContainer(container)} has no seccompProfile, and Kubernetes does not apply the runtime's default filter on its own. Set \`seccompProfile: {type: RuntimeDefault}\` in the pod or container securityContext.`));
				return hits;
			}
		},
		rule$9,
		rule$10,
		{
			meta: {
				id: "k8s-writable-root-filesystem",
				title: "Root filesystem is writable",
				severity: "warning",
				appliesTo: ["kubernetes"],
				lesson: "read-only-app-files",
				why: "A writable root filesystem lets an attacker change the application's files or drop tools that survive until the container is replaced.",
				fix: "Set `readOnlyRootFilesystem: true` and mount an `emptyDir` volume at each path the app must write (for example /tmp).",
				refs: {
					trivy: ["KSV-0014"],
					checkov: ["CKV_K8S_22"],
					polaris: ["notReadOnlyRootFilesystem"]
				},
				examples: {
					bad: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n",
					good: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n      securityContext:\n        readOnlyRootFilesystem: true\n      volumeMounts:\n        - name: tmp\n          mountPath: /tmp\n  volumes:\n    - name: tmp\n      emptyDir: {}\n"
				}
			},
			check(model) {
				const hits = [];
				for (const [container] of eachContainer(model)) {
					const setting = container.security.readOnlyRootFilesystem;
					if (setting?.value === true) continue;
					const who = describeContainer(container);
					hits.push(setting ? hitAt(setting.span, `${who} sets \`readOnlyRootFilesystem: false\`, so its files can be changed at run time. Set it to true and mount an emptyDir where it must write.`) : hitAt(container.nameSpan, `${who} can write to its root filesystem. Add \`readOnlyRootFilesystem: true\` to its securityContext and mount an emptyDir where it must write.`));
				}
				return hits;
			}
		},
		{
			meta: {
				id: "k8s-host-path",
				title: "hostPath volume",
				severity: "warning",
				appliesTo: ["kubernetes"],
				lesson: "least-privilege-capabilities",
				why: "A hostPath volume puts part of the node's filesystem inside the container. Paths such as /, /etc, /proc, /var/lib/kubelet or a runtime socket give it control of the node.",
				fix: "Use an emptyDir, a ConfigMap, a Secret or a PersistentVolumeClaim instead; if a host file is truly needed, mount the narrowest path, read-only.",
				refs: {
					pss: ["HostPath Volumes"],
					trivy: ["KSV-0023"]
				},
				examples: {
					bad: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n  volumes:\n    - name: host\n      hostPath:\n        path: /etc\n",
					good: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1.4.2\n  volumes:\n    - name: scratch\n      emptyDir: {}\n"
				}
			},
			check(model) {
				const hits = [];
				for (const workload of model.workloads) for (const volume of workload.volumes) {
					const hostPath = volume.hostPath;
					if (!hostPath) continue;
					const where = `Volume "${volume.name}" mounts the node's ${hostPath.path || "(empty path)"}, ${mountedBy(workload, volume)}.`;
					hits.push(isSensitiveHostPath(hostPath.path) ? {
						...hitAt(hostPath.span, `${where} That path gives control of the node; replace it with an emptyDir, ConfigMap or Secret.`),
						severity: "error"
					} : {
						...hitAt(hostPath.span, `${where} Prefer an emptyDir, ConfigMap or PersistentVolumeClaim; if the host file is needed, mount it read-only.`),
						severity: "warning"
					});
				}
				return hits;
			}
		},
		rule$7,
		{
			meta: {
				id: "k8s-image-latest",
				title: "Image not pinned",
				severity: "warning",
				appliesTo: ["kubernetes"],
				lesson: "build-secrets-and-supply-chain",
				why: "An image without a tag means `:latest`, which changes under you: nodes can run different code, and a pushed malicious or broken image is picked up at the next restart.",
				fix: "Use a specific version tag, ideally with its digest (`name:1.27.1@sha256:...`).",
				refs: {
					trivy: ["KSV-0013"],
					checkov: ["CKV_K8S_14", "CKV_K8S_43"],
					polaris: ["tagNotSpecified"]
				},
				examples: {
					bad: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: nginx\n",
					good: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27.1\n"
				}
			},
			check(model) {
				const hits = [];
				for (const [container] of eachContainer(model)) {
					const image = container.image;
					if (!image || image.digest || image.value.trim() === "") continue;
					const who = describeContainer(container);
					if (image.tag === void 0) hits.push(hitAt(image.span, `${who} uses "${image.value}" without a tag, which means :latest and changes under you. Pin a version tag, ideally with its digest.`));
					else if (image.tag === "latest") hits.push(hitAt(image.span, `${who} uses the :latest tag of "${image.value}", which changes under you. Pin a version tag, ideally with its digest.`));
				}
				return hits;
			}
		}
	]
};
// src/checker/core/suppressions.ts
var MARKER = /#\s*shipshape\s+ignore=([A-Za-z0-9_,\s-]+)/;
/** Finds `# shipshape ignore=rule-a,rule-b` comments; each applies to the next line with content. */
function findSuppressions(text) {
	const lines = text.split(/\r\n|\r|\n/);
	const found = [];
	for (let i = 0; i < lines.length; i++) {
		const match = MARKER.exec(lines[i] ?? "");
		if (!match?.[1]) continue;
		let target = i + 1;
		while (target < lines.length && /^\s*(#.*)?$/.test(lines[target] ?? "")) target++;
		const ids = match[1].split(",").map((s) => s.trim()).filter(Boolean);
		found.push({
			line: i + 1,
			target: target + 1,
			ids,
			used: /* @__PURE__ */ new Set()
		});
	}
	return found;
}
/**
* Drops findings silenced by a suppression comment and reports the suppressions that silenced
* nothing, since a stale suppression hides the next real problem on that line.
*/
function applySuppressions(text, findings) {
	if (!text.includes("shipshape")) return findings;
	const suppressions = findSuppressions(text);
	if (suppressions.length === 0) return findings;
	const kept = findings.filter((f) => {
		const s = suppressions.find((x) => f.line <= x.target && x.target <= f.endLine && x.ids.includes(f.ruleId)) ?? suppressions.find((x) => x.target === f.line && x.ids.includes(f.ruleId));
		if (!s) return true;
		s.used.add(f.ruleId);
		return false;
	});
	for (const s of suppressions) for (const id of s.ids) {
		if (s.used.has(id)) continue;
		kept.push({
			ruleId: "unused-suppression",
			severity: "info",
			message: `The suppression of "${id}" silences nothing on line ${s.target}; remove it so it cannot hide a future finding.`,
			line: s.line,
			column: 1,
			endLine: s.line,
			endColumn: 1 + (text.split(/\r\n|\r|\n/)[s.line - 1]?.length ?? 0)
		});
	}
	return kept;
}
// src/checker/core/engine.ts
function toFinding(rule, hit) {
	return {
		ruleId: rule.meta.id,
		severity: hit.severity ?? rule.meta.severity,
		message: hit.message,
		line: hit.line,
		column: hit.column ?? 1,
		endLine: hit.endLine ?? hit.line,
		endColumn: hit.endColumn ?? (hit.column ?? 1) + 1
	};
}
/** Runs one rule, turning a crash into a finding: one broken rule must not hide the others. */
function runRule(rule, model) {
	try {
		return rule.check(model).map((hit) => toFinding(rule, hit));
	} catch (error) {
		return [{
			ruleId: "internal-error",
			severity: "info",
			message: `Rule ${rule.meta.id} failed on this input: ${error instanceof Error ? error.message : String(error)}`,
			line: 1,
			column: 1,
			endLine: 1,
			endColumn: 1
		}];
	}
}
function byPosition(a, b) {
	return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}
/** Parses the text, runs every rule of its kind and applies inline suppressions. */
function analyse(checker, text) {
	const model = checker.parse(text);
	const findings = [...model.diagnostics];
	for (const rule of checker.rules) findings.push(...runRule(rule, model));
	return {
		model,
		findings: applySuppressions(text, findings).sort(byPosition)
	};
}
// src/checker/registry/registry.ts
function collectRules(checkers) {
	const byId = /* @__PURE__ */ new Map();
	for (const checker of Object.values(checkers)) for (const rule of checker.rules) if (!byId.has(rule.meta.id)) byId.set(rule.meta.id, rule.meta);
	return new Map([...byId].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}
/** A parser that throws is a bug; the learner still gets an answer instead of a broken page. */
function crashFinding(kind, error) {
	return {
		ruleId: "internal-error",
		severity: "info",
		message: `The ${kind} checker failed on this input (${error instanceof Error ? error.message : String(error)}); no findings could be computed.`,
		line: 1,
		column: 1,
		endLine: 1,
		endColumn: 1
	};
}
function createRegistry(checkers) {
	let catalogue;
	const rules = () => catalogue ??= collectRules(checkers);
	/** The model of an empty file, so callers that read the model still get one of the right shape. */
	function emptyModel(kind) {
		try {
			return checkers[kind].parse("");
		} catch {
			return { diagnostics: [] };
		}
	}
	function analyseText(kind, text) {
		const refusal = refuseInput(kind, text);
		if (refusal) return {
			model: emptyModel(kind),
			findings: [refusal]
		};
		try {
			return analyse(checkers[kind], text);
		} catch (error) {
			return {
				model: emptyModel(kind),
				findings: [crashFinding(kind, error)]
			};
		}
	}
	return {
		checkers,
		analyseText,
		lintText: (kind, text) => analyseText(kind, text).findings,
		allRules: () => [...rules().values()],
		ruleById: (id) => rules().get(id)
	};
}
// src/checker/run/flags.ts
var value = (apply) => ({
	kind: "value",
	apply
});
var toggle = (apply) => ({
	kind: "switch",
	apply
});
var DOCKER_SOCKET = "/var/run/docker.sock";
/** Every option of `docker run` / `docker create` in Docker Engine 28 (`docker run --help`). */
var RUN_FLAGS = {
	"add-host": value(),
	annotation: value(),
	attach: value(),
	"blkio-weight": value(),
	"blkio-weight-device": value(),
	"cap-add": value((r, v, s) => r.capability("add", v, s)),
	"cap-drop": value((r, v, s) => r.capability("drop", v, s)),
	"cgroup-parent": value(),
	cgroupns: value((r, v, s) => r.setText("cgroupnsMode", v, s)),
	cidfile: value(),
	"cpu-count": value(),
	"cpu-percent": value(),
	"cpu-period": value(),
	"cpu-quota": value(),
	"cpu-rt-period": value(),
	"cpu-rt-runtime": value(),
	"cpu-shares": value(),
	cpus: value((r, v, s) => r.setText("cpus", v, s)),
	"cpuset-cpus": value(),
	"cpuset-mems": value(),
	detach: toggle((r, on) => r.setLifecycle("detach", on)),
	"detach-keys": value(),
	device: value((r, v, s) => r.device(v, s)),
	"device-cgroup-rule": value(),
	"device-read-bps": value(),
	"device-read-iops": value(),
	"device-write-bps": value(),
	"device-write-iops": value(),
	"disable-content-trust": toggle(),
	dns: value(),
	"dns-opt": value(),
	"dns-option": value(),
	"dns-search": value(),
	domainname: value(),
	entrypoint: value((r, v, s) => r.setText("entrypoint", v, s)),
	env: value((r, v, s) => r.addToList("env", v, s)),
	"env-file": value(),
	expose: value(),
	gpus: value(),
	"group-add": value((r, v, s) => r.addToList("groupAdd", v, s)),
	"health-cmd": value(),
	"health-interval": value(),
	"health-retries": value(),
	"health-start-interval": value(),
	"health-start-period": value(),
	"health-timeout": value(),
	help: toggle(),
	hostname: value(),
	init: toggle(),
	interactive: toggle((r, on) => r.setLifecycle("interactive", on)),
	"io-maxbandwidth": value(),
	"io-maxiops": value(),
	ip: value(),
	ip6: value(),
	ipc: value((r, v, s) => r.setText("ipcMode", v, s)),
	isolation: value(),
	"kernel-memory": value(),
	label: value(),
	"label-file": value(),
	link: value(),
	"link-local-ip": value(),
	"log-driver": value(),
	"log-opt": value(),
	"mac-address": value(),
	memory: value((r, v, s) => r.setText("memory", v, s)),
	"memory-reservation": value(),
	"memory-swap": value(),
	"memory-swappiness": value(),
	mount: value((r, v, s) => r.mount(v, s)),
	name: value((r, v, s) => r.setText("name", v, s)),
	network: value((r, v, s) => r.setText("networkMode", v, s)),
	net: value((r, v, s) => r.setText("networkMode", v, s)),
	"network-alias": value(),
	"net-alias": value(),
	"no-healthcheck": toggle(),
	"oom-kill-disable": toggle(),
	"oom-score-adj": value(),
	pid: value((r, v, s) => r.setText("pidMode", v, s)),
	"pids-limit": value((r, v, s) => r.setText("pidsLimit", v, s)),
	platform: value(),
	privileged: toggle((r, on, s) => r.setSwitch("privileged", on, s)),
	publish: value((r, v, s) => r.port(v, s)),
	"publish-all": toggle((r, on, s) => r.setSwitch("publishAll", on, s)),
	pull: value(),
	quiet: toggle(),
	"read-only": toggle((r, on, s) => r.setSwitch("readOnlyRootfs", on, s)),
	restart: value(),
	rm: toggle((r, on) => r.setLifecycle("rm", on)),
	runtime: value((r, v, s) => r.setText("runtime", v, s)),
	"security-opt": value((r, v, s) => r.securityOpt(v, s)),
	"shm-size": value(),
	"sig-proxy": toggle(),
	"stop-signal": value(),
	"stop-timeout": value(),
	"storage-opt": value(),
	sysctl: value((r, v, s) => r.addToList("sysctls", v, s)),
	tmpfs: value((r, v, s) => r.tmpfs(v, s)),
	tty: toggle((r, on) => r.setLifecycle("tty", on)),
	ulimit: value(),
	"use-api-socket": toggle((r, on, s) => {
		if (on) r.addMount({
			type: "bind",
			source: DOCKER_SOCKET,
			target: DOCKER_SOCKET,
			readOnly: false,
			options: "",
			span: s
		});
	}),
	user: value((r, v, s) => r.setText("user", v, s)),
	userns: value((r, v, s) => r.setText("usernsMode", v, s)),
	uts: value((r, v, s) => r.setText("utsMode", v, s)),
	volume: value((r, v, s) => r.volume(v, s)),
	"volume-driver": value(),
	"volumes-from": value(),
	workdir: value((r, v, s) => r.setText("workdir", v, s))
};
/** Single-letter forms, which can be bundled (`-itd`). */
var SHORT_FLAGS = {
	a: "attach",
	c: "cpu-shares",
	d: "detach",
	e: "env",
	h: "hostname",
	i: "interactive",
	l: "label",
	m: "memory",
	p: "publish",
	P: "publish-all",
	q: "quiet",
	t: "tty",
	u: "user",
	v: "volume",
	w: "workdir"
};
// src/checker/run/suggest.ts
/** Edit distance, capped: only near misses matter for a suggestion. */
function distance(a, b, cap) {
	if (Math.abs(a.length - b.length) > cap) return cap + 1;
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			row.push(Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
		}
		previous = row;
	}
	return previous[b.length] ?? cap + 1;
}
/** The known flag closest to a misspelt one, when it is a plausible typo. */
function closestFlag(name, known) {
	if (name.length > 40) return null;
	const cap = name.length <= 4 ? 1 : 2;
	let best = null;
	let bestDistance = cap + 1;
	for (const candidate of known) {
		const d = distance(name, candidate, cap);
		if (d < bestDistance) {
			best = candidate;
			bestDistance = d;
		}
	}
	return best;
}
// src/checker/run/args.ts
var TRUE_WORDS = /* @__PURE__ */ new Set([
	"1",
	"t",
	"true"
]);
var BOOL_WORDS = /* @__PURE__ */ new Set([
	"1",
	"t",
	"true",
	"0",
	"f",
	"false"
]);
function cover(from, to) {
	return {
		line: from.line,
		column: from.column,
		endLine: to.endLine,
		endColumn: to.endColumn
	};
}
function lookup(name) {
	return Object.hasOwn(RUN_FLAGS, name) ? RUN_FLAGS[name] : void 0;
}
/**
* Reads the words after `docker run` the way the Docker CLI does: options until the first
* non-option word (the image); everything after the image belongs to the container's command.
*/
function parseRunWords(words, commandSpan) {
	const problems = [];
	const report = (message, span) => {
		problems.push({
			message,
			span
		});
	};
	const runtime = new RuntimeBuilder("run", commandSpan, report);
	let k = 0;
	/** Applies one option; returns how many words it used. */
	const apply = (label, spec, inline, word) => {
		if (spec.kind === "switch") {
			if (inline !== null && !BOOL_WORDS.has(inline.toLowerCase())) {
				report(`${label} is on or off; write ${label} or ${label}=false, not "${inline}".`, word.span);
				return 1;
			}
			spec.apply?.(runtime, inline === null || TRUE_WORDS.has(inline.toLowerCase()), word.span);
			return 1;
		}
		if (inline !== null) {
			spec.apply?.(runtime, inline, word.span);
			return 1;
		}
		const next = words[k + 1];
		if (!next) {
			report(`${label} needs a value after it.`, word.span);
			return 1;
		}
		spec.apply?.(runtime, next.value, cover(word.span, next.span));
		return 2;
	};
	while (k < words.length) {
		const word = words[k];
		if (!word) break;
		const token = word.value;
		if (token === "--") {
			k++;
			break;
		}
		if (token.startsWith("--") && token.length > 2) {
			const eq = token.indexOf("=");
			const name = eq >= 0 ? token.slice(2, eq) : token.slice(2);
			const spec = lookup(name);
			if (!spec) {
				const suggestion = closestFlag(name, Object.keys(RUN_FLAGS));
				report(`docker run has no option --${name}${suggestion ? `; did you mean --${suggestion}?` : "; check the spelling against docker run --help."}`, word.span);
				k++;
				continue;
			}
			k += apply(`--${name}`, spec, eq >= 0 ? token.slice(eq + 1) : null, word);
			continue;
		}
		if (token.startsWith("-") && token.length > 1) {
			k += applyBundle(word);
			continue;
		}
		break;
	}
	/** `-itd`, `-p8080:80`, `-u=1000`: switches until a letter that takes a value, which takes the rest. */
	function applyBundle(word) {
		const token = word.value;
		for (let c = 1; c < token.length; c++) {
			const letter = token[c] ?? "";
			const long = Object.hasOwn(SHORT_FLAGS, letter) ? SHORT_FLAGS[letter] : void 0;
			const spec = long ? lookup(long) : void 0;
			if (!long || !spec) {
				report(`docker run has no option -${letter}; check the spelling against docker run --help.`, word.span);
				return 1;
			}
			const rest = token.slice(c + 1);
			if (spec.kind === "value") return apply(`-${letter}`, spec, rest === "" ? null : rest.replace(/^=/, ""), word);
			if (rest.startsWith("=")) return apply(`-${letter}`, spec, rest.slice(1), word);
			apply(`-${letter}`, spec, null, word);
		}
		return 1;
	}
	const imageWord = words[k];
	const image = imageWord ? {
		value: imageWord.value,
		span: imageWord.span
	} : null;
	if (image) runtime.setText("image", image.value, image.span);
	else report("This command names no image; put the image after the options, e.g. docker run --rm alpine.", commandSpan);
	return {
		runtime: runtime.finish(),
		image,
		command: words.slice(k + 1),
		problems
	};
}
// src/checker/run/invocation.ts
/** Words that can stand before a command without changing which program runs. */
var PREFIX_WORDS = /* @__PURE__ */ new Set([
	"exec",
	"time",
	"nohup",
	"command",
	"then",
	"do",
	"else",
	"!",
	"{",
	"if",
	"while",
	"until",
	"xargs"
]);
var SUDO_OPTIONS_WITH_VALUE = /* @__PURE__ */ new Set([
	"-u",
	"-g",
	"-C",
	"-D",
	"-h",
	"-p",
	"-r",
	"-t",
	"-U",
	"-R",
	"-T"
]);
var ENV_OPTIONS_WITH_VALUE = /* @__PURE__ */ new Set([
	"-u",
	"-C",
	"-S"
]);
/** Options of the `docker` command itself that take a value, e.g. `docker -H tcp://host run ...`. */
var DOCKER_GLOBAL_OPTIONS_WITH_VALUE = /* @__PURE__ */ new Set([
	"-H",
	"--host",
	"-c",
	"--context",
	"--config",
	"-l",
	"--log-level",
	"--tlscacert",
	"--tlscert",
	"--tlskey"
]);
var ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
function skipOptions(words, k, withValue) {
	let at = k;
	while (at < words.length) {
		const value = words[at]?.value ?? "";
		if (value === "--") return at + 1;
		if (!value.startsWith("-") || value === "-") return at;
		at += withValue.has(value) ? 2 : 1;
	}
	return at;
}
/** Recognises `[sudo] [VAR=x] docker [global options] [container] run|create ...`; null for any other command. */
function findRunInvocation(words) {
	let k = 0;
	while (k < words.length) {
		const value = words[k]?.value ?? "";
		if (ASSIGNMENT.test(value) || PREFIX_WORDS.has(value)) k++;
		else if (value === "sudo" || value === "doas") k = skipOptions(words, k + 1, SUDO_OPTIONS_WITH_VALUE);
		else if (value === "env") k = skipOptions(words, k + 1, ENV_OPTIONS_WITH_VALUE);
		else break;
	}
	const program = words[k]?.value ?? "";
	if (program !== "docker" && !program.endsWith("/docker")) return null;
	const dockerAt = k;
	k++;
	while (k < words.length) {
		const value = words[k]?.value ?? "";
		if (!value.startsWith("-")) break;
		k += DOCKER_GLOBAL_OPTIONS_WITH_VALUE.has(value) ? 2 : 1;
	}
	if (words[k]?.value === "container") k++;
	const verb = words[k]?.value;
	if (verb !== "run" && verb !== "create") return null;
	return {
		verb,
		argsStart: k + 1,
		dockerAt
	};
}
// src/checker/run/lexer.ts
var OPERATOR_CHARS = ";&|()<>";
var NEEDS_DECODING = /[\\'"$`*?[]/;
/** Splits a shell script into simple commands, tracking each word's line and column. Never throws. */
function lexScript(text) {
	const commands = [];
	const problems = [];
	let current = [];
	let i = 0;
	let line = 1;
	let column = 1;
	let skipNextWord = false;
	let pendingHeredoc = null;
	const advance = (count) => {
		for (let k = 0; k < count && i < text.length; k++) {
			if (text.charCodeAt(i) === 10) {
				line++;
				column = 1;
			} else column++;
			i++;
		}
	};
	const endCommand = () => {
		if (current.length > 0) commands.push(current);
		current = [];
	};
	const skipHeredocBody = (delimiter) => {
		while (i < text.length) {
			const end = text.indexOf("\n", i);
			const lineText = text.slice(i, end < 0 ? text.length : end).replace(/^\t+/, "").replace(/\r$/, "");
			advance((end < 0 ? text.length : end + 1) - i);
			if (lineText === delimiter) return;
		}
	};
	while (i < text.length) {
		const ch = text[i] ?? "";
		if (ch === " " || ch === "	" || ch === "\r" || ch === "\f" || ch === "\v") {
			advance(1);
			continue;
		}
		if (ch === "\\" && (text[i + 1] === "\n" || text[i + 1] === "\r" && text[i + 2] === "\n")) {
			advance(text[i + 1] === "\n" ? 2 : 3);
			continue;
		}
		if (ch === "#") {
			const end = text.indexOf("\n", i);
			advance((end < 0 ? text.length : end) - i);
			continue;
		}
		if (ch === "\n") {
			advance(1);
			endCommand();
			skipNextWord = false;
			if (pendingHeredoc) skipHeredocBody(pendingHeredoc);
			pendingHeredoc = null;
			continue;
		}
		if (OPERATOR_CHARS.includes(ch)) {
			const op = /^(<<<|<<-?|>>|>&|<&|&>>?|>\||&&|\|\||;;|\|&|[;&|()<>])/.exec(text.slice(i, i + 3))?.[0] ?? ch;
			advance(op.length);
			if (op.startsWith("<") || op.startsWith(">") || op.startsWith("&>")) {
				skipNextWord = true;
				if (op === "<<" || op === "<<-") pendingHeredoc = "";
			} else endCommand();
			continue;
		}
		const { word, length } = readWord(text, i, line, column, problems);
		i += length;
		line = word.span.endLine;
		column = word.span.endColumn;
		const isFdPrefix = /^\d+$/.test(word.raw) && (text[i] === ">" || text[i] === "<");
		if (pendingHeredoc === "" && skipNextWord) pendingHeredoc = word.value;
		if (skipNextWord) skipNextWord = false;
		else if (!isFdPrefix) current.push(word);
	}
	endCommand();
	return {
		commands,
		problems
	};
}
function readWord(text, start, line, column, problems) {
	let j = start;
	let endLine = line;
	let endColumn = column;
	let continuations = false;
	const step = () => {
		if (text.charCodeAt(j) === 10) {
			endLine++;
			endColumn = 1;
		} else endColumn++;
		j++;
	};
	const unclosed = (what) => {
		problems.push({
			message: `This ${what} is never closed, so the rest of the script is read as one argument; close it.`,
			span: {
				line,
				column,
				endLine: line,
				endColumn: column + 1
			}
		});
	};
	while (j < text.length) {
		const ch = text[j] ?? "";
		if (ch === " " || ch === "	" || ch === "\n" || ch === "\r" || OPERATOR_CHARS.includes(ch)) break;
		if (ch === "\\") {
			if (text[j + 1] === "\n") continuations = true;
			step();
			if (j < text.length) step();
			continue;
		}
		if (ch === "'" || ch === "\"" || ch === "`") {
			step();
			while (j < text.length && text[j] !== ch) {
				if (ch !== "'" && text[j] === "\\") step();
				if (j < text.length) step();
			}
			if (j >= text.length) {
				unclosed(ch === "`" ? "backquote" : "quote");
				break;
			}
			step();
			continue;
		}
		if (ch === "$" && text[j + 1] === "(") {
			let depth = 0;
			do {
				if (text[j] === "(") depth++;
				else if (text[j] === ")") depth--;
				step();
			} while (j < text.length && depth > 0);
			if (depth > 0) {
				unclosed("$( substitution");
				break;
			}
			continue;
		}
		step();
	}
	let raw = text.slice(start, j);
	if (continuations) raw = raw.replace(/\\\r?\n/g, "");
	return {
		word: {
			raw,
			value: decode(raw),
			span: {
				line,
				column,
				endLine,
				endColumn
			}
		},
		length: j - start
	};
}
/** Removes quoting the way the shell does; variables stay as written since their values are unknown. */
function decode(raw) {
	if (!NEEDS_DECODING.test(raw)) return raw;
	try {
		return parse(raw, (name) => `$${name}`).map((p) => typeof p === "string" ? p : "pattern" in p ? p.pattern : "op" in p ? p.op : "").join(" ");
	} catch {
		return raw.replace(/["']/g, "");
	}
}
// src/checker/run/index.ts
function toDiagnostic(problem) {
	return {
		ruleId: "run-syntax",
		severity: "error",
		message: problem.message,
		...problem.span
	};
}
/** Finds every `docker run` / `docker create` in a shell script and models the container each one starts. */
function parseRunScript(text) {
	const lexed = lexScript(text);
	const diagnostics = lexed.problems.map(toDiagnostic);
	const commands = [];
	for (const words of lexed.commands) {
		const invocation = findRunInvocation(words);
		const first = words[0];
		const last = words[words.length - 1];
		if (!invocation || !first || !last) continue;
		const span = {
			line: first.span.line,
			column: first.span.column,
			endLine: last.span.endLine,
			endColumn: last.span.endColumn
		};
		const parsed = parseRunWords(words.slice(invocation.argsStart), span);
		diagnostics.push(...parsed.problems.map(toDiagnostic));
		commands.push({
			command: {
				verb: invocation.verb,
				span,
				image: parsed.image,
				command: parsed.command.map((w) => w.value),
				args: words.slice(invocation.dockerAt + 1).map((w) => w.value)
			},
			runtime: parsed.runtime
		});
	}
	return {
		commands,
		diagnostics
	};
}
var runChecker = {
	kind: "run",
	parse: parseRunScript,
	rules: RUNTIME_RULES
};
// src/checker/core/types.ts
var SEVERITY_RANK = {
	info: 0,
	warning: 1,
	error: 2
};
// src/checker/registry/detect-kind.ts
/** Content sniffing reads only the head of a file: every signal it looks for sits near the top. */
var SNIFF_LENGTH = 65536;
var DOCKERFILE_NAME = /^(?:dockerfile|containerfile)(?:\..+)?$|\.(?:dockerfile|containerfile)$/i;
var SCRIPT_NAME = /\.(?:sh|bash)$/i;
var COMPOSE_NAME = /^(?:docker-)?compose(?:\.[^.]+)?\.ya?ml$|\.compose\.ya?ml$/i;
var YAML_NAME = /\.ya?ml$/i;
var KUBERNETES_KEY = /^(?:apiVersion|kind)\s*:/m;
var COMPOSE_KEY = /^services\s*:/m;
var APPARMOR_PROFILE = /^[ \t]*(?:profile[ \t]+[^\s{]+[^\n{]*\{|#?include[ \t]+<tunables\/global>)/m;
var DOCKER_RUN = /^[ \t]*(?:sudo[ \t]+)?docker[ \t]+(?:container[ \t]+)?(?:run|create)\b/m;
var SHELL_SHEBANG = /^#![^\n]*\b(?:sh|bash|dash|zsh)\b/;
function baseName(fileName) {
	const parts = fileName.split(/[\\/]/);
	return parts[parts.length - 1] ?? "";
}
/** The first line that is neither blank nor a comment (Dockerfile parser directives are comments too). */
function firstStatement(head) {
	for (const line of head.split(/\r\n|\r|\n/)) {
		const trimmed = line.trim();
		if (trimmed !== "" && !trimmed.startsWith("#")) return trimmed;
	}
	return "";
}
function kindOfYaml(head) {
	if (KUBERNETES_KEY.test(head)) return "kubernetes";
	if (COMPOSE_KEY.test(head)) return "compose";
	return null;
}
/** Guesses from text alone, for stdin and for files whose name says nothing. */
function kindOfContent(head) {
	if (/^(?:from|arg)\s/i.test(firstStatement(head))) return "dockerfile";
	if (SHELL_SHEBANG.test(head) || DOCKER_RUN.test(head)) return "run";
	return kindOfYaml(head);
}
/**
* Which checker should read a file: by its name first (the conventions Docker, Compose and shells use),
* then by what the text declares. Returns null when nothing gives it away.
*/
function detectKind(fileName, text) {
	const name = baseName(fileName);
	if (DOCKERFILE_NAME.test(name)) return "dockerfile";
	if (SCRIPT_NAME.test(name)) return "run";
	if (COMPOSE_NAME.test(name)) return "compose";
	const head = text.slice(0, SNIFF_LENGTH);
	if (YAML_NAME.test(name)) return kindOfYaml(head);
	if (/[\\/]apparmor\.d[\\/]/.test(fileName) || APPARMOR_PROFILE.test(head)) return "apparmor";
	if (name.includes(".") && !name.startsWith(".")) return null;
	return kindOfContent(head);
}
// src/checker/registry/urls.ts
/** Site-relative address of a rule's page. */
function ruleUrl(id) {
	return `/rules/${id}/`;
}
/** Site-relative address of a lesson. */
function lessonUrl(slug) {
	return `/lessons/${slug}/`;
}
// src/checker/index.ts
var registry = createRegistry({
	dockerfile: dockerfileChecker,
	run: runChecker,
	apparmor: apparmorChecker,
	compose: composeChecker,
	kubernetes: kubernetesChecker
});
registry.checkers;
registry.analyseText;
/** The findings for a text, sorted by position, after inline suppressions. */
var lintText = registry.lintText;
/** Every rule once, sorted by id. */
var allRules = registry.allRules;
var ruleById = registry.ruleById;
// src/cli/args.ts
var KINDS = [
	"dockerfile",
	"run",
	"apparmor",
	"compose",
	"kubernetes"
];
var SEVERITIES = [
	"info",
	"warning",
	"error"
];
var LINT_FORMATS = [
	"text",
	"json",
	"sarif"
];
var RULES_FORMATS = ["text", "json"];
var VALUE_OPTIONS = /* @__PURE__ */ new Set([
	"--format",
	"--kind",
	"--min-severity"
]);
function oneOf(allowed, value) {
	return allowed.includes(value);
}
function usage(message) {
	return {
		command: "usage-error",
		message
	};
}
/** Separates `--opt value`, `--opt=value`, bare flags and operands; `-` is an operand (stdin), `--` ends options. */
function split(args) {
	const result = {
		options: /* @__PURE__ */ new Map(),
		flags: /* @__PURE__ */ new Set(),
		operands: []
	};
	for (let i = 0; i < args.length; i++) {
		const arg = args[i] ?? "";
		if (arg === "--") {
			result.operands.push(...args.slice(i + 1));
			break;
		}
		if (!arg.startsWith("-") || arg === "-") {
			result.operands.push(arg);
			continue;
		}
		const eq = arg.indexOf("=");
		const name = eq === -1 ? arg : arg.slice(0, eq);
		if (VALUE_OPTIONS.has(name)) {
			const value = eq === -1 ? args[++i] : arg.slice(eq + 1);
			if (value === void 0 || value === "") return {
				...result,
				error: `${name} needs a value.`
			};
			result.options.set(name, value);
		} else if (eq === -1) result.flags.add(arg);
		else return {
			...result,
			error: `${name} takes no value.`
		};
	}
	return result;
}
function parseLint(parts) {
	const unknown = [...parts.flags].find((f) => f !== "--no-color");
	if (unknown) return usage(`Unknown option ${unknown}.`);
	const format = parts.options.get("--format") ?? "text";
	if (!oneOf(LINT_FORMATS, format)) return usage(`--format must be one of ${LINT_FORMATS.join(", ")}, not "${format}".`);
	const kind = parts.options.get("--kind");
	if (kind !== void 0 && !oneOf(KINDS, kind)) return usage(`--kind must be one of ${KINDS.join(", ")}, not "${kind}".`);
	const minSeverity = parts.options.get("--min-severity") ?? "info";
	if (!oneOf(SEVERITIES, minSeverity)) return usage(`--min-severity must be one of ${SEVERITIES.join(", ")}, not "${minSeverity}".`);
	if (parts.operands.length === 0) return usage("lint needs at least one file, or - to read standard input.");
	if (parts.operands.filter((f) => f === "-").length > 1) return usage("Standard input (-) can only be read once.");
	return {
		command: "lint",
		format,
		...kind === void 0 ? {} : { kind },
		minSeverity,
		colorAllowed: !parts.flags.has("--no-color"),
		files: parts.operands
	};
}
function parseRules(parts) {
	const unknown = [...parts.flags][0] ?? [...parts.options.keys()].find((o) => o !== "--format");
	if (unknown) return usage(`Unknown option ${unknown} for rules.`);
	if (parts.operands.length > 0) return usage(`rules takes no file, got "${parts.operands[0]}".`);
	const format = parts.options.get("--format") ?? "text";
	if (!oneOf(RULES_FORMATS, format)) return usage(`--format for rules must be text or json, not "${format}".`);
	return {
		command: "rules",
		format
	};
}
function parseArgs(argv) {
	const [first, ...rest] = argv;
	if (first === void 0) return usage("Give a command: lint or rules.");
	const end = argv.indexOf("--");
	const options = end === -1 ? argv : argv.slice(0, end);
	if (options.includes("--help") || options.includes("-h")) return { command: "help" };
	if (first === "--version" || first === "-V") return { command: "version" };
	if (first === "help") return { command: "help" };
	const parts = split(rest);
	if (parts.error) return usage(parts.error);
	if (first === "lint") return parseLint(parts);
	if (first === "rules") return parseRules(parts);
	return usage(`Unknown command "${first}"; use lint or rules.`);
}
// src/cli/format-json.ts
/** The stable JSON shape: a finding without a catalogue rule (a parse diagnostic) has no lesson and no refs. */
function formatJson(reports, api) {
	const files = reports.map((report) => ({
		path: report.path,
		kind: report.kind,
		findings: report.findings.map((f) => {
			const rule = api.ruleById(f.ruleId);
			const refs = rule?.refs ?? {};
			return {
				ruleId: f.ruleId,
				severity: f.severity,
				line: f.line,
				column: f.column,
				endLine: f.endLine,
				endColumn: f.endColumn,
				message: f.message,
				lesson: rule ? lessonUrl(rule.lesson) : null,
				refs
			};
		})
	}));
	return `${JSON.stringify({ files }, null, 2)}\n`;
}
// src/cli/format-rules.ts
function pad(text, width) {
	return text + " ".repeat(Math.max(0, width - text.length));
}
/** An aligned table: id, severity, kinds, title. */
function formatRulesText(rules) {
	const idWidth = Math.max(2, ...rules.map((r) => r.id.length));
	const kindsOf = (r) => r.appliesTo.join(",");
	const kindWidth = Math.max(5, ...rules.map((r) => kindsOf(r).length));
	return `${[`${pad("ID", idWidth)}  ${pad("SEVERITY", 8)}  ${pad("KINDS", kindWidth)}  TITLE`, ...rules.map((r) => `${pad(r.id, idWidth)}  ${pad(r.severity, 8)}  ${pad(kindsOf(r), kindWidth)}  ${r.title}`)].join("\n")}\n${rules.length} rules.\n`;
}
function formatRulesJson(rules) {
	const out = rules.map((r) => ({
		id: r.id,
		title: r.title,
		severity: r.severity,
		appliesTo: r.appliesTo,
		url: ruleUrl(r.id),
		lesson: lessonUrl(r.lesson),
		why: r.why,
		fix: r.fix,
		refs: r.refs
	}));
	return `${JSON.stringify({ rules: out }, null, 2)}\n`;
}
// src/cli/format-sarif.ts
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var LEVEL = {
	error: "error",
	warning: "warning",
	info: "note"
};
/** GitHub ranks security alerts by this score (critical >= 9, high >= 7, medium >= 4, low below). */
var SECURITY_SEVERITY = {
	error: "8.0",
	warning: "5.5",
	info: "2.0"
};
/** Findings that no catalogue rule produces: what reading the file itself turned up. */
var BUILT_IN = {
	[INPUT_TOO_LARGE]: "The file is larger than 5 MB and was not analysed.",
	[BINARY_INPUT]: "The file contains NUL bytes, so it is not text and was not analysed.",
	"unused-suppression": "A \"# shipshape ignore=\" comment silences nothing and could hide a future finding.",
	"internal-error": "A check failed on this input; its findings are missing."
};
function absolute(path, homepage) {
	if (!homepage) return void 0;
	try {
		return new URL(path.replace(/^\//, ""), homepage.endsWith("/") ? homepage : `${homepage}/`).href;
	} catch {
		return;
	}
}
function pascalCase(id) {
	return id.split("-").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
}
function catalogueDescriptor(rule, homepage) {
	const helpUri = absolute(ruleUrl(rule.id), homepage);
	const lesson = absolute(lessonUrl(rule.lesson), homepage) ?? lessonUrl(rule.lesson);
	return {
		id: rule.id,
		name: pascalCase(rule.id),
		shortDescription: { text: rule.title },
		fullDescription: { text: rule.why },
		help: {
			text: `${rule.fix}\n\nLesson: ${lesson}`,
			markdown: `${rule.fix}\n\n**Why:** ${rule.why}\n\nLearn more in the lesson: [${rule.lesson}](${lesson})`
		},
		...helpUri ? { helpUri } : {},
		defaultConfiguration: { level: LEVEL[rule.severity] },
		properties: {
			tags: ["security", ...rule.appliesTo],
			"security-severity": SECURITY_SEVERITY[rule.severity]
		}
	};
}
function builtInDescriptor(finding) {
	const text = BUILT_IN[finding.ruleId] ?? "A problem found while reading the file, before any rule ran.";
	return {
		id: finding.ruleId,
		name: pascalCase(finding.ruleId),
		shortDescription: { text },
		fullDescription: { text },
		defaultConfiguration: { level: LEVEL[finding.severity] },
		properties: { tags: ["shipshape"] }
	};
}
/** SARIF regions are 1-based with an exclusive end column, like findings; clamp whatever a rule got wrong. */
function region(f) {
	const startLine = Math.max(1, f.line);
	const startColumn = Math.max(1, f.column);
	const endLine = Math.max(startLine, f.endLine);
	return {
		startLine,
		startColumn,
		endLine,
		endColumn: endLine === startLine ? Math.max(startColumn, f.endColumn) : Math.max(1, f.endColumn)
	};
}
/**
* A SARIF 2.1.0 log with one run. `uriOf` turns a report's path into the relative URI
* code scanning matches against the repository.
*/
function formatSarif(reports, api, about, uriOf) {
	const descriptors = api.allRules().map((rule) => catalogueDescriptor(rule, about.homepage));
	const index = new Map(descriptors.map((d, i) => [d.id, i]));
	const results = reports.flatMap((report) => report.findings.map((f) => {
		if (!index.has(f.ruleId)) {
			index.set(f.ruleId, descriptors.length);
			descriptors.push(builtInDescriptor(f));
		}
		return {
			ruleId: f.ruleId,
			ruleIndex: index.get(f.ruleId) ?? 0,
			level: LEVEL[f.severity],
			message: { text: f.message },
			locations: [{ physicalLocation: {
				artifactLocation: { uri: uriOf(report.path) },
				region: region(f)
			} }]
		};
	}));
	const driver = {
		name: "Shipshape",
		version: about.version,
		semanticVersion: about.version,
		...about.homepage ? { informationUri: about.homepage } : {},
		rules: descriptors
	};
	return `${JSON.stringify({
		$schema: SARIF_SCHEMA,
		version: "2.1.0",
		runs: [{
			tool: { driver },
			columnKind: "utf16CodeUnits",
			results
		}]
	}, null, 2)}\n`;
}
// src/cli/format-text.ts
var plain = (text) => text;
var sgr = (code) => (text) => `\u001b[${code}m${text}\u001b[0m`;
var COLORS = {
	severity: {
		error: sgr("31"),
		warning: sgr("33"),
		info: sgr("36")
	},
	location: sgr("1"),
	ruleId: sgr("2"),
	summary: sgr("1")
};
var NO_COLORS = {
	severity: {
		error: plain,
		warning: plain,
		info: plain
	},
	location: plain,
	ruleId: plain,
	summary: plain
};
function plural(count, word) {
	return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function summary(reports) {
	const all = reports.flatMap((r) => r.findings);
	const files = plural(reports.length, "file");
	if (all.length === 0) return `No problems found in ${files}.`;
	const count = (severity) => all.filter((f) => f.severity === severity).length;
	const infos = count("info");
	const parts = [
		plural(count("error"), "error"),
		plural(count("warning"), "warning"),
		`${infos} info`
	];
	return `${plural(all.length, "problem")} (${parts.join(", ")}) in ${files}.`;
}
function line(path, finding, palette) {
	return `${palette.location(`${path}:${finding.line}:${finding.column}`)} ${palette.severity[finding.severity](finding.severity)} ${palette.ruleId(finding.ruleId)} ${finding.message}`;
}
/** `path:line:col severity rule-id message`, one per finding, then a summary line. */
function formatText(reports, color) {
	const palette = color ? COLORS : NO_COLORS;
	const lines = reports.flatMap((r) => r.findings.map((f) => line(r.path, f, palette)));
	if (reports.length > 0) lines.push(palette.summary(summary(reports)));
	return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}
// src/cli/help.ts
var HELP = `Usage:
  shipshape lint [options] FILE... | -
  shipshape rules [--format text|json]
  shipshape --help | --version

Checks Dockerfiles, docker run scripts, AppArmor profiles, Compose files and
Kubernetes manifests for the container security mistakes the Shipshape course teaches.

lint options:
  --format text|json|sarif   Output format (default: text). sarif is SARIF 2.1.0,
                             ready for GitHub code scanning.
  --kind KIND                Read every file as KIND: dockerfile, run, apparmor,
                             compose or kubernetes. Without it the kind comes from the
                             file name (Dockerfile, *.Dockerfile, Containerfile, *.sh,
                             compose.yaml, docker-compose.yml, ...) or the content.
  --min-severity LEVEL       info, warning or error (default: info). Findings below
                             LEVEL are neither printed nor counted for the exit code.
  --no-color                 Plain text output. Colour is also off when NO_COLOR is set
                             or the output is not a terminal.
  -                          Read standard input (its kind is sniffed unless --kind is given).

Silence one finding with a comment on the line above it:
  # shipshape ignore=rule-id

Exit status:
  0  no finding at or above --min-severity
  1  at least one finding at or above --min-severity
  2  usage error, or a file could not be read or its kind could not be told
     (the other files are still checked)
`;
var STDIN = "-";
var STDIN_NAME = "<stdin>";
function readProblem(file, error) {
	const code = error instanceof Error && "code" in error ? error.code : void 0;
	const name = JSON.stringify(file);
	if (code === "ENOENT") return `${name}: no such file.`;
	if (code === "EISDIR") return `${name} is a directory; name the files inside it.`;
	if (code === "EACCES" || code === "EPERM") return `${name}: permission denied.`;
	return `${name} could not be read: ${error instanceof Error ? error.message : String(error)}`;
}
/** Paths relative to the working directory, with forward slashes and each segment escaped, as code scanning expects. */
function relativeUri(cwd, path) {
	if (path === STDIN_NAME) return "stdin";
	return (relative(cwd, resolve(cwd, path)) || path).split(sep).join("/").split("/").map(encodeURIComponent).join("/");
}
function useColor(command, io) {
	const noColor = io.env["NO_COLOR"];
	return command.colorAllowed && io.stdoutIsTTY && (noColor === void 0 || noColor === "");
}
async function collect(command, io, api) {
	const reports = [];
	let failed = false;
	const threshold = SEVERITY_RANK[command.minSeverity];
	for (const file of command.files) {
		let text;
		try {
			text = file === STDIN ? await io.readStdin() : io.readFile(file);
		} catch (error) {
			io.stderr(`shipshape: ${readProblem(file === STDIN ? STDIN_NAME : file, error)}\n`);
			failed = true;
			continue;
		}
		text = text.replace(/^\uFEFF/, "");
		const path = file === STDIN ? STDIN_NAME : file;
		const kind = command.kind ?? api.detectKind(file, text);
		if (!kind) {
			const hint = file === STDIN ? "pass --kind" : "name it like Dockerfile, run.sh or compose.yaml, or pass --kind";
			io.stderr(`shipshape: cannot tell what kind of file ${JSON.stringify(path)} is; ${hint}.\n`);
			failed = true;
			continue;
		}
		const findings = api.lintText(kind, text).filter((f) => SEVERITY_RANK[f.severity] >= threshold);
		reports.push({
			path,
			kind,
			findings
		});
	}
	return {
		reports,
		failed
	};
}
async function lint(command, io, api, about) {
	const { reports, failed } = await collect(command, io, api);
	if (command.format === "json") io.stdout(formatJson(reports, api));
	else if (command.format === "sarif") io.stdout(formatSarif(reports, api, about, (p) => relativeUri(io.cwd, p)));
	else io.stdout(formatText(reports, useColor(command, io)));
	if (failed) return 2;
	return reports.some((r) => r.findings.length > 0) ? 1 : 0;
}
/** Runs one `shipshape` invocation and returns its exit status; never exits the process itself. */
async function runCli(argv, io, api, about) {
	const command = parseArgs(argv);
	switch (command.command) {
		case "help":
			io.stdout(HELP);
			return 0;
		case "version":
			io.stdout(`${about.version}\n`);
			return 0;
		case "usage-error":
			io.stderr(`shipshape: ${command.message}\nRun shipshape --help for usage.\n`);
			return 2;
		case "rules":
			io.stdout(command.format === "json" ? formatRulesJson(api.allRules()) : formatRulesText(api.allRules()));
			return 0;
		case "lint": return lint(command, io, api, about);
	}
}
// src/cli/main.ts
async function readStdin() {
	const chunks = [];
	for await (const chunk of process.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
	return Buffer.concat(chunks).toString("utf8");
}
var io = {
	stdout: (text) => void process.stdout.write(text),
	stderr: (text) => void process.stderr.write(text),
	readFile: (path) => readFileSync(path, "utf8"),
	readStdin,
	cwd: process.cwd(),
	env: process.env,
	stdoutIsTTY: process.stdout.isTTY === true
};
var about = {
	version: package_default.version,
	..."homepage" in package_default && typeof package_default.homepage === "string" ? { homepage: package_default.homepage } : {}
};
process.stdout.on("error", (error) => {
	if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
	throw error;
});
process.exitCode = await runCli(process.argv.slice(2), io, {
	allRules,
	detectKind,
	lintText,
	ruleById
}, about);
export {};
