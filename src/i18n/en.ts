/**
 * The interface text of the site in English: the header, the lesson page chrome, the workspace and the
 * progress, team and track pages. Lesson content lives in content/lessons, and the checker's findings
 * come from its rules; neither is here. A translation is another module exporting a `Messages` object.
 * A few entries hold inline HTML (links, code) because their words and their markup must move together
 * when a sentence is translated.
 */

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

export const en = {
  lang: 'en',

  site: {
    name: 'Shipshape',
    pageTitle: (title: string) => `${title} · Shipshape`,
    skipToContent: 'Skip to content',
    staleBuild:
      'The course was updated while this page was open, and part of this page can no longer load. Reload to get the new version; your saved work is kept.',
    reload: 'Reload the page',
    navLabel: 'Site',
    navLessons: 'Lessons',
    navRules: 'Rules',
    navProgress: 'Progress',
    navTracks: 'Tracks',
    search: 'Search',
    presenterMode: 'Presenter mode',
    keyboardShortcuts: 'Keyboard shortcuts',
    darkTheme: 'Dark theme',
  },

  common: {
    close: 'Close',
    cancel: 'Cancel',
    exercises: (count: number) => plural(count, 'exercise', 'exercises'),
  },

  search: {
    dialogLabel: 'Search',
    inputLabel: 'Search lessons and rules',
    resultsLabel: 'Search results',
    unavailable: 'Search needs the built site (npm start); it is not available in development mode.',
    noResults: (term: string) => `No results for “${term}”.`,
    results: (count: number, term: string) => `${plural(count, 'result', 'results')} for “${term}”.`,
  },

  shortcuts: {
    title: 'Keyboard shortcuts',
    caption: 'Single keys work when focus is not in a text field, the editor or the terminal.',
    search: 'Search lessons and rules',
    help: 'Show these shortcuts',
    nextLesson: 'Next lesson',
    previousLesson: 'Previous lesson',
    editor: 'Focus the exercise editor',
    terminal: 'Focus the terminal',
    hint: 'Show the next hint',
    reset: 'Reset the exercise (asks first)',
    closeDialog: 'Close a dialog',
  },

  progressBar: {
    done: (done: number, total: number) => `${done} of ${total} done`,
    valueText: (done: number, total: number) => `${done} of ${total} exercises complete`,
    inLesson: (lesson: string) => `Progress in ${lesson}`,
  },

  home: {
    description:
      'Learn container hardening by fixing real-looking Dockerfiles, docker run commands, AppArmor profiles and Kubernetes specs, graded live in your browser.',
    heading: 'Harden containers by fixing them',
    ledeHtml:
      'Shipshape is a hands-on course in Docker security. Each lesson explains one idea, then hands you a Dockerfile, a <code>docker run</code> command, an AppArmor profile or a Kubernetes spec to fix in the editor. A checker grades your work as you type, and a simulated terminal shows what an attacker could do before your fix and what they cannot do after it.',
    facts: (lessons: number, exercises: number, hours: number) =>
      `${lessons} lessons · ${exercises} exercises · about ${hours} hours · everything runs in your browser, nothing is sent anywhere`,
    start: 'Start with lesson 1',
    continue: 'Continue where you left off',
    yourProgress: 'Your progress',
    audienceHeading: 'Who it is for',
    audienceHtml: [
      '<strong>Engineers who ship containers</strong> and want to know why each hardening step matters, not just which linter rule to silence.',
      '<strong>Team leads onboarding people</strong>: progress stays in the browser and can be exported as a completion record.',
      '<strong>Workshop instructors</strong>: build a <a href="/track/">track</a> of chosen exercises, switch on presenter mode, and rely on the site working offline once loaded. The same checks run from the command line with <code>shipshape lint</code>.',
    ],
    offlineHtml:
      'No network at the venue? <a href="/shipshape-site.tar.gz" download>Download the whole site</a>, unpack it and serve the folder with any static file server, for example <code>python3 -m http.server -d shipshape-site 8080</code>, then open <code>http://localhost:8080</code>.',
    lessonsHeading: 'Lessons',
    lessonMeta: (minutes: number, exercises: number) => `${minutes} min · ${plural(exercises, 'exercise', 'exercises')}`,
  },

  notFound: {
    title: 'Page not found',
    description: 'This page does not exist.',
    body: 'There is no page at this address. If you are offline, this page may not have been saved yet.',
    back: 'Back to the lessons',
  },

  lesson: {
    outlineSummary: (order: number, count: number) => `Lesson ${order} of ${count} · Course outline`,
    outlineLabel: 'Course outline',
    meta: (minutes: number, exercises: number) => `${minutes} minutes · ${plural(exercises, 'exercise', 'exercises')}`,
    objectives: 'You will learn to',
    onThisPage: 'On this page',
    sources: 'Sources',
    pagerLabel: 'Lesson navigation',
    previous: 'Previous',
    next: 'Next',
    backToAll: 'Back to all lessons',
    resizeLabel: 'Resize lesson text and workspace',
  },

  lessonBlocks: {
    asideNote: 'Note',
    asideWarning: 'Warning',
    asideCorrection: 'Correction',
    demoTitle: 'Try it in the terminal',
    replay: 'Replay in the terminal',
    exerciseLabel: (number: number) => `Exercise ${number}`,
    openExercise: 'Work on it in the workspace',
    checkAnswer: 'Check answer',
    showAnswer: 'Show the answer',
    correct: 'Correct.',
    pickOne: 'Choose an answer first.',
    wrongChoice: (why: string) => `Not quite. ${why} Try another answer.`,
    answerShown: (answer: string, explanation: string) => `The answer is: ${answer}. ${explanation}`,
    triedChoice: 'tried',
  },

  workspace: {
    label: 'Workspace',
    exercisesLabel: 'Exercises',
    filesLabel: 'Files',
    terminalHeading: 'Terminal',
    terminalNote: 'simulated: no real containers run',
    terminalPlaceholder: 'The terminal starts when it scrolls into view.',
    terminalLabel: 'Simulated terminal: type a command and press Enter',
    trackNote: (title: string, shown: number, total: number) =>
      `You are following the track “${title}”: this lesson shows ${shown} of its ${total} exercises. `,
    backToTrack: 'Back to the track',
    notInTrack: (title: string) => `You are following the track “${title}”, which has no exercise in this lesson. `,
  },

  exercise: {
    heading: (number: number, title: string) => `Exercise ${number}: ${title}`,
    fallbackLabel: (file: string) => `${file} (the editor loads when this is visible)`,
    editorLabel: (file: string, exercise: string) =>
      `${file}, editor for the exercise ${exercise}. Press Alt+F1 for accessibility help; Ctrl+M toggles whether Tab moves focus.`,
    showHint: 'Show a hint',
    hintCount: (shown: number, total: number) => `(${shown} of ${total})`,
    hintsLabel: 'Hints',
    compare: 'Compare with solution',
    reset: 'Reset',
    complete: 'All checks pass.',
    completeSaved: 'Your work is saved in this browser.',
    next: (title: string) => `Next: ${title}`,
    nextLesson: (title: string) => `Next lesson: ${title}`,
    previousKept: 'Your previous code is kept. ',
    restore: 'Restore my previous code',
    resetTitle: 'Reset this exercise?',
    resetBody: 'The editor goes back to the starter code. Your current code is kept, and you can restore it afterwards.',
    resetConfirm: 'Reset to starter',
    resetDone: 'The exercise was reset to the starter.',
    compareTitle: (title: string) => `Compare with the solution: ${title}`,
    compareFile: 'File: ',
    compareExplain: 'Left: your code. Right: the solution. Applying the solution keeps your code so you can restore it.',
    applySolution: 'Apply the solution',
    solutionApplied: 'The solution was applied.',
    revealTitle: 'Show the solution?',
    revealBody:
      'If you finish this exercise after seeing the solution, your progress and your exported record say it was completed with the solution, not on your own. You can still compare and learn from it.',
    revealConfirm: 'Show the solution',
    updatedElsewhere: 'This exercise was changed in another tab or window; this tab now shows that version.',
    nextInTrack: (track: string, position: number, total: number) => `Next in the track “${track}” (${position} of ${total})`,
    trackDone: (track: string) => `Last exercise of the track “${track}”: back to the track`,
  },

  checks: {
    heading: 'Checks',
    avoided: 'Avoided',
    found: 'Found',
    done: 'Done',
    notYet: 'Not yet',
    where: (file: string, line: number) => `${file}, line ${line}`,
    goToLine: (where: string) => `${where}: go to this line in the editor`,
    aboutRule: 'About the rule',
    whyItMatters: 'Why it matters',
    markerWhy: (why: string) => `Why it matters: ${why}`,
    summary: (passing: number, total: number) => `${passing} of ${total} checks pass`,
    fixed: 'fixed',
    foundAgain: 'found again',
    goalDone: 'done',
    goalUndone: 'no longer done',
    changed: (title: string, change: string) => `${title}: ${change}.`,
    allPass: ' All checks pass: exercise complete.',
    passing: (passing: number, total: number) => ` ${passing} of ${total} checks pass.`,
  },

  timer: {
    minutes: 'Timer (minutes)',
    start: 'Start timer',
    stop: 'Stop timer',
    stopped: 'Timer stopped.',
    started: (minutes: number) => `Timer started: ${minutes} minutes.`,
    oneMinute: 'One minute left.',
    timeUp: "Time's up",
    timeUpStatus: "Time's up.",
  },

  storage: {
    unreadableNoCopy: (what: string) => `Some saved progress (${what}) could not be read and there was no room to keep a copy.`,
    unreadableKept: (what: string, key: string) =>
      `Some saved progress (${what}) could not be read. It was kept under "${key}" in this browser's storage; everything else was restored.`,
    notJson: 'not valid JSON',
    unknownFormat: 'unknown format',
    exercisesNamed: (ids: string) => `exercise ${ids}`,
    noStorage: 'This browser does not allow saving, so your work will not be kept after you leave.',
    tooLarge:
      "This exercise's files are too large to save in this browser (over a million characters); the last version that fitted is kept, and your other exercises still save. What is in the editor stays until you leave the page.",
    notSaved: 'Your work could not be saved (browser storage is full or blocked); it stays in the editor until you leave the page.',
  },

  record: {
    noCrypto:
      'This browser cannot compute checksums on this page (Web Crypto needs the site to be served over HTTPS or from localhost).',
    damaged: 'This progress file is damaged: its content could not be checked.',
    tooLarge: 'This file is too large to be a Shipshape progress file.',
    notJson: 'This file is not a Shipshape progress file: it is not JSON. Choose the .json file that "Export progress" saved.',
    notRecord: 'This file is not a Shipshape progress file. Choose the .json file that "Export progress" saved.',
    otherVersion: 'This progress file was made by a different version of Shipshape and cannot be read here.',
    incomplete: 'This progress file is incomplete or damaged: some of its fields are missing or have the wrong type.',
    skipped: (ids: string) => `Some exercises in this file could not be read and were skipped: ${ids}.`,
    tooMany: (max: number) => `This file lists more than ${max} exercises, so it is not a Shipshape progress file.`,
    edited: 'This file was changed after it was exported: its checksum does not match its content.',
  },

  progressPage: {
    title: 'Your progress',
    description: 'Your progress through the Shipshape course, with an exportable and printable completion record.',
    lede:
      'Your work is saved in this browser only: nothing is sent anywhere and there is no account. Export it to move to another browser, to keep a copy, or to hand a completion record to your team lead.',
    allExercises: 'All exercises',
    recordHeading: 'Export, import and print',
    name: 'Your name',
    export: 'Export progress',
    print: 'Print completion record',
    import: 'Import a progress file',
    mergeHelp:
      'Importing merges the file into this browser: an exercise passed in either copy stays passed, and you are asked before any of your code is replaced (the replaced code is kept as your previous version).',
    checksumHelpHtml:
      'Each exported file carries a SHA-256 checksum of its content. It is <strong>tamper-evident, not tamper-proof</strong>: it reveals an accidental or naive edit of the file, but anyone who reads this site\'s source code can recompute it after changing the file, so it does not prove the record against a determined forger.',
    byLesson: 'By lesson',
    notStarted: 'Not started',
    started: 'Started',
    passed: 'Passed',
    passedOn: (date: string) => `Passed on ${date}`,
    otherExercises: 'Exercises no longer in the course',
    certCourse: 'Shipshape · Docker security course',
    certHeading: 'Record of completion',
    certNamePrompt: 'Enter your name above',
    certSummary: (passed: number, assisted: number, total: number) =>
      `has completed ${passed} of ${total} exercises on their own${assisted > 0 ? `, and ${assisted} more with the solution shown` : ''}.`,
    certDate: 'Date',
    certVersion: 'Course version',
    certCode: 'Verification code',
    certTableCaption: 'Exercises by lesson',
    certLesson: 'Lesson',
    certExercise: 'Exercise',
    certResult: 'Result',
    certNotDone: 'Not completed',
    certPassedOn: (date: string) => `Passed ${date}`,
    certAssistedOn: (date: string) => `With the solution ${date}`,
    certNote:
      'Self-reported: the checks ran in the learner\'s own browser, which anyone can change. A team lead can match this certificate to the exported progress file: load the file on the Team progress page and enter the verification code. The code matches only a file with the same name and completed exercises.',
    assistedOn: (date: string) => `Completed with the solution on ${date}`,
    assisted: 'Completed with the solution',
    noCode: '(needs HTTPS or localhost)',
    importNotSaved: (count: number) =>
      `The imported progress could not be saved in this browser (its storage is full or blocked); ${count === 0 ? 'nothing was changed' : `${plural(count, 'exercise was', 'exercises were')} saved before it stopped`}.`,
    hints: (count: number) => plural(count, 'hint', 'hints'),
    nameFirst: 'Enter your name first, so the record says whose progress it is.',
    saved: (file: string, count: number) => `Saved ${file} with ${plural(count, 'exercise', 'exercises')}.`,
    unreadable: (file: string) => `"${file}" could not be read. Choose the file again, or export it again from the other browser.`,
    invalid: (file: string, why: string) => `"${file}": ${why} Nothing was changed.`,
    edited: (file: string) =>
      `"${file}": this file was changed after it was exported, so it was not imported. Export it again from the browser that holds the progress. Nothing was changed.`,
    conflictIntro: (count: number) =>
      `The file has different code from this browser for ${count === 1 ? 'this exercise' : `these ${count} exercises`}:`,
    conflictOutro:
      'Use the code from the file (yours is kept as your previous version, which the lesson can restore), or keep your own? Passed exercises stay passed either way.',
    conflictTitle: 'Replace your code?',
    cancelImport: 'Cancel import',
    keepMine: 'Keep my code',
    useFile: 'Use the code from the file',
    importCancelled: 'Import cancelled. Nothing was changed.',
    nothingNew: (file: string) => `"${file}" holds nothing this browser does not already have. Nothing was changed.`,
    whoseRecord: (learner: string) => (learner ? `${learner}'s record` : 'the record'),
    imported: (who: string, date: string, count: number) =>
      `Imported ${who} from ${date}: ${plural(count, 'exercise', 'exercises')} added or updated.`,
  },

  team: {
    title: 'Team progress',
    description: "See your team's Shipshape progress from exported completion records, read in your browser only.",
    ledeHtml:
      'Ask each learner to export their progress from <a href="/progress/">Your progress</a> and send you the file. Load the files here to see who has completed which lesson. The files are read by this page in your browser; nothing is uploaded anywhere, and nothing is kept after you leave the page.',
    drop: 'Drop exported progress files here, or choose them:',
    files: 'Progress files',
    noRecords: 'No records loaded yet.',
    reading: (count: number) => `Reading ${plural(count, 'file', 'files')}…`,
    clear: 'Clear the table',
    caption: 'Completion by learner and lesson',
    proofHeading: 'What these records can and cannot prove',
    proofHtml:
      '<p>A record is <strong>self-reported</strong>. The checks ran in the learner\'s own browser, and the file was written there: anyone who can open the browser\'s developer tools can mark an exercise as done, and anyone who reads this site\'s source code can recompute a file\'s checksum after changing it.</p><p>What a record does show: the checksum is <strong>tamper-evident against naive edits</strong> (a name or a date changed in a text editor shows as "edited", and is never counted); each exercise says whether it was completed alone or <strong>with the solution shown</strong>, how many hints were used, when, and which course version it was made against. Treat it as a learner\'s honest account of their work, not as proof. For proof, watch the work being done, or ask the learner to explain their fix.</p>',
    legendHeading: 'Lessons',
    learner: 'Learner',
    record: 'Record',
    total: 'Total',
    hints: 'Hints',
    valid: 'Valid',
    editedAfterExport: 'Edited after export',
    editedNotCounted: 'Edited after export: not counted',
    editedAlsoLoaded: (count: number) => `${plural(count, 'edited file', 'edited files')} not counted`,
    notCountedWhy: 'This file was changed after it was exported (its checksum does not match), so none of it is counted.',
    oldFormat: 'Older file format: cannot tell whether the solution was used',
    invalidFile: 'Invalid file',
    noName: '(no name)',
    exported: (date: string) => `exported ${date}`,
    filesMerged: (count: number) => `${count} files merged`,
    codes: (codes: string) => `Code ${codes}`,
    fraction: (done: number, total: number) => `${done}/${total}`,
    withSolution: (count: number) => `${count} with solution`,
    unreadable: 'This file could not be read.',
    fileCounts: (files: number, valid: number, edited: number, invalid: number) =>
      `${plural(files, 'file', 'files')}: ${valid} valid, ${edited} edited after export (not counted), ${invalid} unreadable.`,
    finished: (learners: number, alone: number, withHelp: number, average: number, assisted: number) =>
      `Of ${plural(learners, 'learner', 'learners')} with a valid record, ${alone} completed every exercise on their own and ${withHelp} with the solution for some; on average ${average}% of the exercises are done (${assisted}% with the solution).`,
    noneCounted: 'No learner has a valid record, so nothing is counted.',
    codeLabel: 'Verification code from a certificate',
    codeCheck: 'Check the code',
    codeMalformed: 'A verification code has 8 letters and digits, like 7K3F-9QX2.',
    codeNoMatch: (code: string) => `No loaded file matches ${code}. Load the file the learner exported at the time they printed the certificate.`,
    codeMatches: (code: string, who: string, file: string) =>
      `${code} matches the record of ${who} (${file}), whose checksum is valid: the certificate lists the same completed exercises as that file.`,
    codeMatchesEdited: (code: string, who: string, file: string) =>
      `${code} matches the record of ${who} (${file}), but that file was edited after export, so it proves nothing.`,
  },

  scorm: {
    noLms:
      'No learning management system answered here, so this lesson reports nowhere: your progress is saved in this browser only. Open the lesson from your course in the LMS to have it recorded there.',
  },

  track: {
    title: 'Workshop tracks',
    description: 'Pick a subset of Shipshape exercises in your own order and share it as a link for a workshop.',
    heading: 'Build a workshop track',
    lede:
      'A track is a list of exercises in the order you choose, shared as a link. Pick the exercises for your workshop, put them in order, and send the link: learners who open it see just those exercises, with their own progress, and can follow the track in their browser.',
    trackTitle: 'Track title',
    exercises: 'Exercises',
    yourTrack: 'Your track',
    empty: 'No exercise picked yet. Tick the exercises you want, in the order you want them.',
    link: 'Link to share',
    copy: 'Copy link',
    open: 'Open the track',
    kicker: 'Workshop track',
    defaultTitle: 'Workshop track',
    progress: 'Your progress on this track',
    notFound: 'Not found',
    notFoundIntro: 'These exercises in the link are not part of this version of the course, so they are left out:',
    follow: 'Follow this track',
    unfollow: 'Stop following',
    buildOwn: 'Build a track of your own',
    moveUp: 'Move up',
    moveDown: 'Move down',
    remove: 'Remove',
    itemAction: (action: string, title: string) => `${action} ${title}`,
    order: (position: number) => `#${position}`,
    removed: (title: string) => `${title} was removed from the track.`,
    moved: (title: string, position: number) => `${title} is now number ${position}.`,
    copied: 'Link copied.',
    copyRefused: 'This browser did not allow copying. The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
    passed: 'Passed',
    assisted: 'Completed with the solution',
    started: 'Started',
    notStarted: 'Not started',
    unfollowed: 'You no longer follow this track; lessons show all their exercises.',
    following: (title: string) => `You are following "${title}" in this browser.`,
    nothingToFollow: 'This track has no exercises to follow.',
    cannotFollow: 'This browser does not allow saving, so the track cannot be followed here.',
  },
};

export type Messages = typeof en;
