// Barepage is the smallest Ebitengine page, one filled rectangle on a full-window canvas, against which
// web/measure compares Bakery's time to the first frame; it is never shipped.
package main
