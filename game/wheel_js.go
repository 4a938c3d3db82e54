package game

// wheelNotch is one wheel notch as Ebitengine reports it in a browser: the wheel event's deltaY, in CSS pixels,
// 100 a notch in Chromium and Firefox.
const wheelNotch = 100
