// The floor for `npm run bench`: a worker with listeners but no alarms, woken by nothing on its own.
chrome.runtime.onInstalled.addListener(() => undefined);
chrome.tabs.onActivated.addListener(() => undefined);
