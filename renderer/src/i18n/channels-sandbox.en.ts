/** Strings of a sandbox channel's link to the app's built-in sandbox. */
export const channelsSandboxEn = {
  channelsSandbox: {
    title: 'Built-in sandbox: {{name}}',
    loading: 'Looking for the sandbox…',
    running: 'running',
    runningAt: 'The sandbox runs with the app at',
    notRunning: 'This host runs no sandbox: runs on this channel cannot send.',
    failed: 'The sandbox could not be reached: {{message}}',
    hint: 'It answers like Meta’s Cloud API: it reviews the templates you submit (approved or rejected after a short delay), delivers to simulated recipients who read, click and reply, and posts signed webhooks to the app.',
    sync: 'Sync templates from the sandbox',
    synced_one: '{{count}} template synced from the sandbox.',
    synced_other: '{{count}} templates synced from the sandbox.',
  },
};
