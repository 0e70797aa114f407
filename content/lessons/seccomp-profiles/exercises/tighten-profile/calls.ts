/**
 * What the web service calls, as recorded with SCMP_ACT_LOG while it served its test suite (a static
 * Go HTTP server on x86_64): the profile must keep every one of them allowed.
 */
export const SERVICE_CALLS: readonly string[] = [
  'accept4', 'arch_prctl', 'bind', 'brk', 'clone', 'close', 'epoll_create1',
  'epoll_ctl', 'epoll_pwait', 'execve', 'exit_group', 'fcntl', 'fstat', 'futex',
  'getpeername', 'getpid', 'getrandom', 'getsockname', 'getsockopt', 'gettid', 'listen',
  'madvise', 'mmap', 'munmap', 'nanosleep', 'newfstatat', 'openat', 'pipe2',
  'prlimit64', 'read', 'readlinkat', 'rt_sigaction', 'rt_sigprocmask', 'rt_sigreturn', 'sched_getaffinity',
  'sched_yield', 'setsockopt', 'sigaltstack', 'socket', 'tgkill', 'uname', 'write',
];
