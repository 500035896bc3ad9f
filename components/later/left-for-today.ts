/** How a release's unfinished thing is offered back, kindly, wherever it appears. */
export const LEFT_FOR_TODAY = 'When you ended your day, you left this for today.';
