package control

// ForRune maps a typed character to its action. Typed characters rather than physical keys are used so that
// Shift+B arrives as 'B' and '+' works on any keyboard layout; None means the character does nothing.
func ForRune(r rune) Action {
	switch r {
	case ' ':
		return PlayPause
	case '.', '>':
		return Step
	case '-', '_':
		return SpeedDown
	case '+', '=':
		return SpeedUp
	case 'r', 'R':
		return Reset
	case 'b':
		return BakersUp
	case 'B':
		return BakersDown
	case 'e':
		return EatersUp
	case 'E':
		return EatersDown
	case ']':
		return PlateUp
	case '[':
		return PlateDown
	case 'o':
		return BakeLonger
	case 'O':
		return BakeShorter
	case 'm':
		return EatLonger
	case 'M':
		return EatShorter
	case 'f', 'F':
		return ToggleRandom
	case 'h', 'H', '?':
		return Help
	}
	if r >= '1' && r <= '6' {
		return PresetAction(int(r - '1'))
	}
	return None
}

// Key is a key that types no character but still does something.
type Key uint8

// The keys without a character that the game listens to.
const (
	ArrowRight Key = iota
	Escape
)

// ForKey maps a key without a character to its action.
func ForKey(k Key) Action {
	switch k {
	case ArrowRight:
		return Step
	case Escape:
		return Close
	}
	return None
}

// Shortcut is one line of the help overlay: the keys and what they do.
type Shortcut struct {
	Keys, What string
}

// Shortcuts lists the keyboard shortcuts as the help overlay shows them.
var Shortcuts = []Shortcut{
	{"Space", "play / pause"},
	{"→  or  .", "step one event (pauses)"},
	{"-  /  +", "slower / faster (0.25× to 64×)"},
	{"R", "reset: start the run again"},
	{"B  /  Shift+B", "one more / one fewer baker"},
	{"E  /  Shift+E", "one more / one fewer eater"},
	{"]  /  [", "bigger / smaller plate"},
	{"O  /  Shift+O", "longer / shorter bake (oven) time"},
	{"M  /  Shift+M", "longer / shorter eat (meal) time"},
	{"F", "toggle fixed / random (exponential) times"},
	{"1 – 6", "load a preset"},
	{"H  or  ?", "show / hide this help"},
}
