package layout

// cellSteps are the sizes a side's grid takes: it has room for the next actors before it must grow, so adding
// one moves nobody (seed's two bakers stand in a grid of three).
var cellSteps = []int{1, 3, 6, 9, 12, 16, 20, 25, 30, 36, 42, 49, 56, 64}

// Cells returns how many places a side's grid has for n actors, given the grid it had (prev, 0 for none): the
// next step up from n, keeping the grid it had while it still holds n and is not more than twice what n needs,
// so that actors leaving one by one do not reshuffle the others either.
func Cells(n, prev int) int {
	want := cellSteps[len(cellSteps)-1]
	for _, c := range cellSteps {
		if c >= n {
			want = c
			break
		}
	}
	if prev >= n && prev <= 2*want && prev >= want {
		return prev
	}
	return max(want, n)
}
