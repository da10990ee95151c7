// Ribbon ExecuteFunction handlers (wired in by the add-in issue).
export {};
