//go:build !js

package game

// wheelNotch is one wheel notch as Ebitengine reports it on the desktop (GLFW's scroll offset).
const wheelNotch = 1
