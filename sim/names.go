package sim

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// Default names, short enough to sit under a small figure.
var (
	bakerNames = []string{"John", "Mike", "Ada", "Omar", "Priya", "Kenji", "Sofia", "Tariq", "Mei", "Luis", "Ines", "Femi"}
	eaterNames = []string{"Grace", "Lucy", "Sam", "Noor", "Ravi", "Yuki", "Ella", "Jonas", "Amara", "Leo", "Zoe", "Hugo"}
)

// defaultName picks the index-th name: the scenario's (given), else a default. The defaults are the list, then
// numbered names ("Baker 13"), each at its own index, but for those a given name already took: the actors
// after the named ones take the next free defaults instead, so no two actors of a role share a name however
// many there are.
func defaultName(given, list []string, word string, index int) string {
	if index < len(given) {
		return given[index]
	}
	// taken are the default indices at or after the first unnamed actor that a given name holds.
	var taken []int
	for _, g := range given {
		if j := defaultIndex(g, list, word); j >= len(given) {
			taken = append(taken, j)
		}
	}
	slices.Sort(taken)
	j := index
	for _, t := range taken {
		if t > j {
			break
		}
		j++
	}
	if j < len(list) {
		return list[j]
	}
	return word + " " + strconv.Itoa(j+1)
}

// defaultIndex is the index whose default name is name, or -1 if name is no default.
func defaultIndex(name string, list []string, word string) int {
	if i := slices.Index(list, name); i >= 0 {
		return i
	}
	rest, ok := strings.CutPrefix(name, word+" ")
	if !ok {
		return -1
	}
	n, err := strconv.Atoi(rest)
	if err != nil || n <= len(list) || strconv.Itoa(n) != rest {
		return -1
	}
	return n - 1
}

// maxMarks is how many combining marks may follow one character. More stack into a column that no line of text
// has room for, and no font draws them well.
const maxMarks = 2

// drawnName returns name as the game's fonts draw it, each combining mark composed with the character before it
// where the fonts have the composed character (as the shaper does), so that "e" and U+0301 read as "é". It fails
// on a character the fonts have no glyph for (see [drawable]) and on more than maxMarks combining marks in a row.
// i is the name's index, for the error.
func drawnName(name string, i int) (string, error) {
	marks := 0
	for _, r := range name {
		if !unicode.Is(unicode.M, r) {
			marks = 0
		} else if marks++; marks > maxMarks {
			return "", fmt.Errorf("name %d has more than %d combining marks in a row", i+1, maxMarks)
		}
	}
	out := make([]rune, 0, len(name))
	for _, r := range name {
		if n := len(out); n > 0 && unicode.Is(unicode.M, r) {
			if c, ok := compositions[[2]rune{out[n-1], r}]; ok {
				out[n-1] = c
				continue
			}
		}
		if !unicode.Is(drawable, r) {
			q := fmt.Sprintf("%q", string(r))
			if unicode.Is(unicode.M, r) {
				q = fmt.Sprintf("%+q", string(r)) // on its own, a mark would sit on the quote
			}
			return "", fmt.Errorf("name %d has %s (%U), which the font cannot draw", i+1, q, r)
		}
		out = append(out, r)
	}
	return string(out), nil
}
