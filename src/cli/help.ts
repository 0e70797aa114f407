export const HELP = `Usage:
  shipshape lint [options] FILE... | -
  shipshape rules [--format text|json]
  shipshape --help | --version

Checks Dockerfiles, docker run scripts, AppArmor profiles, Compose files and
Kubernetes manifests for the container security mistakes the Shipshape course teaches.

lint options:
  --format text|json|sarif   Output format (default: text). sarif is SARIF 2.1.0,
                             ready for GitHub code scanning (run it from the
                             repository root: paths are written relative to it).
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

Each rule is explained on its page of the Shipshape site, /rules/<rule-id>/. Links
point at SHIPSHAPE_SITE when set, else at http://localhost:4321 (npm start).

Exit status:
  0  no finding at or above --min-severity
  1  at least one finding at or above --min-severity
  2  usage error, or a file could not be read or its kind could not be told
     (the other files are still checked)
`;
