// Package gocode is the bakery as a plain Go program to show beside the simulation: its source, and the line each
// actor's state is on.
package gocode

import (
	_ "embed" // the program's source
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"unicode/utf8"

	"github.com/gobakery/bakery/sim"
)

// source is the program in gocode/bakery: the very file its test runs against the kernel under testing/synctest.
//
//go:embed bakery/main.go
var source string

// TabWidth is the number of columns between tab stops in [Program.Lines].
const TabWidth = 4

// Program is the bakery's Go program, ready to show: its lines, and where in them an actor in each state is.
// It does not change once loaded and is safe for concurrent use.
type Program struct {
	source string
	lines  []string
	width  int
	at     map[sim.State]int
}

// Load parses the embedded program and finds, inside its functions baker and eater, the statement for each
// state: Baking is the baker's time.Sleep, WaitingToPut its send on plate, Done the closing brace of baker (its
// goroutine has returned); WaitingForLoaf is the eater's range over plate, Eating its time.Sleep, CancelledState
// the closing brace of eater (the program closes the plate where the article cancels idle eaters, and their
// range loops end). It fails if one of these statements is missing or not alone of its kind, which the
// package's tests rule out for the program as built.
func Load() (*Program, error) { return parse(source) }

func parse(src string) (*Program, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "bakery/main.go", src, parser.SkipObjectResolution)
	if err != nil {
		return nil, fmt.Errorf("gocode: %w", err)
	}
	p := &Program{source: src, at: map[sim.State]int{}}
	for _, fn := range []struct {
		name      string
		find      map[sim.State]shape
		returnsAt sim.State
	}{
		{"baker", map[sim.State]shape{sim.Baking: sleep, sim.WaitingToPut: sendOnPlate}, sim.Done},
		{"eater", map[sim.State]shape{sim.Eating: sleep, sim.WaitingForLoaf: rangeOverPlate}, sim.CancelledState},
	} {
		decl := funcDecl(f, fn.name)
		if decl == nil {
			return nil, fmt.Errorf("gocode: the program has no func %s", fn.name)
		}
		for st, sh := range fn.find {
			var found []ast.Node
			ast.Inspect(decl.Body, func(n ast.Node) bool {
				if n != nil && sh.is(n) {
					found = append(found, n)
				}
				return true
			})
			if len(found) != 1 {
				return nil, fmt.Errorf("gocode: func %s has %d statements %s, want 1 for %v", fn.name, len(found), sh.name, st)
			}
			p.at[st] = fset.Position(found[0].Pos()).Line
		}
		p.at[fn.returnsAt] = fset.Position(decl.Body.Rbrace).Line
	}
	p.lines = strings.Split(strings.TrimSuffix(src, "\n"), "\n")
	for i, l := range p.lines {
		p.lines[i] = expandTabs(strings.TrimSuffix(l, "\r"))
		p.width = max(p.width, utf8.RuneCountInString(p.lines[i]))
	}
	return p, nil
}

// funcDecl returns the function (not method) called name, or nil.
func funcDecl(f *ast.File, name string) *ast.FuncDecl {
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == name && fd.Body != nil {
			return fd
		}
	}
	return nil
}

// shape recognises one kind of statement; name describes it for errors.
type shape struct {
	name string
	is   func(ast.Node) bool
}

var (
	sleep = shape{"calling time.Sleep", func(n ast.Node) bool {
		s, ok := n.(*ast.ExprStmt)
		if !ok {
			return false
		}
		call, ok := s.X.(*ast.CallExpr)
		return ok && isSelector(call.Fun, "time", "Sleep")
	}}
	sendOnPlate = shape{"sending on plate", func(n ast.Node) bool {
		s, ok := n.(*ast.SendStmt)
		return ok && isIdent(s.Chan, "plate")
	}}
	rangeOverPlate = shape{"ranging over plate", func(n ast.Node) bool {
		s, ok := n.(*ast.RangeStmt)
		return ok && isIdent(s.X, "plate")
	}}
)

func isIdent(e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name
}

func isSelector(e ast.Expr, pkg, name string) bool {
	s, ok := e.(*ast.SelectorExpr)
	return ok && isIdent(s.X, pkg) && s.Sel.Name == name
}

// expandTabs replaces each tab with spaces up to the next tab stop.
func expandTabs(s string) string {
	if !strings.Contains(s, "\t") {
		return s
	}
	var b strings.Builder
	col := 0
	for _, r := range s {
		if r == '\t' {
			n := TabWidth - col%TabWidth
			b.WriteString(strings.Repeat(" ", n))
			col += n
			continue
		}
		b.WriteRune(r)
		col++
	}
	return b.String()
}

// Source returns the program's text, byte for byte the file that is compiled and tested.
func (p *Program) Source() string { return p.source }

// Lines returns the program's lines, line n at index n−1, without line endings and with tabs expanded to
// [TabWidth] columns, ready to draw. The slice is shared: the caller must not change it.
func (p *Program) Lines() []string { return p.lines }

// Width returns the length of the longest of [Program.Lines], in runes.
func (p *Program) Width() int { return p.width }

// Line returns the 1-based line where an actor in state st is (see [Load]), or false for a state the program
// does not have (Gone: an actor that left no longer appears).
func (p *Program) Line(st sim.State) (int, bool) {
	n, ok := p.at[st]
	return n, ok
}

// StateLines returns a new map from each state the program has to its line, as [Program.Line] gives it.
func (p *Program) StateLines() map[sim.State]int {
	m := make(map[sim.State]int, len(p.at))
	for st, n := range p.at {
		m[st] = n
	}
	return m
}

// ActorLine returns the line where actor a of snap is in the program: the line of its state, but for one case
// where the program is a little ahead of the simulation. Once every baker is done the program closes the plate,
// so an eater waiting at the empty plate leaves its range loop at once; the simulation, like the article, keeps
// it waiting until the last loaf is eaten and only then cancels it. ActorLine puts such an eater where the
// program has it, at the end of eater. The run ends at the same instant in both.
func (p *Program) ActorLine(snap *sim.Snapshot, a sim.ActorView) (int, bool) {
	if a.Role == sim.EaterRole && a.State == sim.WaitingForLoaf && plateClosed(snap) {
		return p.Line(sim.CancelledState)
	}
	return p.Line(a.State)
}

// plateClosed reports whether the program would have closed the plate: every baker has made its batch.
func plateClosed(snap *sim.Snapshot) bool {
	if snap.Finished {
		return true
	}
	for _, b := range snap.Bakers {
		if b.State != sim.Done {
			return false
		}
	}
	return len(snap.Bakers) > 0 // with none, a run that goes on waits for bakers to join
}
