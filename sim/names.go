package sim

import "strconv"

// Default names, short enough to sit under a small figure.
var (
	bakerNames = []string{"John", "Mike", "Ada", "Omar", "Priya", "Kenji", "Sofia", "Tariq", "Mei", "Luis", "Ines", "Femi"}
	eaterNames = []string{"Grace", "Lucy", "Sam", "Noor", "Ravi", "Yuki", "Ella", "Jonas", "Amara", "Leo", "Zoe", "Hugo"}
)

// defaultName picks the index-th name: the scenario's, else the list's, else a numbered one.
func defaultName(given, list []string, word string, index int) string {
	switch {
	case index < len(given):
		return given[index]
	case index < len(list):
		return list[index]
	}
	return word + " " + strconv.Itoa(index+1)
}
