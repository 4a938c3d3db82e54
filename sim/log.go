package sim

import (
	"encoding/json"
	"strconv"
)

// AppendLog appends e to dst as one line of JSON, ending in a newline:
//
//	{"t_s":0.5,"event":"put","actor":"John","loaf":"John#1","loaf_id":1,"plate":1}
//
// Times are exact decimal seconds, so equal runs give byte-identical logs on every platform.
func (s *Sim) AppendLog(dst []byte, e Event) []byte {
	dst = append(dst, `{"t_s":`...)
	dst = strconv.AppendFloat(dst, e.Time.Seconds(), 'f', -1, 64)
	dst = append(dst, `,"event":"`...)
	dst = append(dst, e.Kind.String()...)
	dst = append(dst, '"')
	if e.Actor != 0 {
		dst = append(dst, `,"actor":`...)
		dst = appendJSONString(dst, s.Name(e.Actor))
	}
	if e.Peer != 0 {
		dst = append(dst, `,"to":`...)
		dst = appendJSONString(dst, s.Name(e.Peer))
	}
	if e.Loaf.ID != 0 {
		dst = append(dst, `,"loaf":`...)
		dst = appendJSONString(dst, s.LoafLabel(e.Loaf))
		dst = append(dst, `,"loaf_id":`...)
		dst = strconv.AppendInt(dst, e.Loaf.ID, 10)
	}
	if e.Kind == Resized {
		dst = append(dst, `,"capacity":`...)
		dst = strconv.AppendInt(dst, int64(e.Capacity), 10)
	}
	dst = append(dst, `,"plate":`...)
	dst = strconv.AppendInt(dst, int64(e.Plate), 10)
	return append(dst, "}\n"...)
}

// LoafLabel names a loaf by its baker and number: "John#3".
func (s *Sim) LoafLabel(l Loaf) string {
	return s.Name(l.Baker) + "#" + strconv.Itoa(int(l.N))
}

func appendJSONString(dst []byte, v string) []byte {
	b, _ := json.Marshal(v) // a string always marshals
	return append(dst, b...)
}

// KeepEvents makes the run keep up to n events for [Sim.Events] to drain; past that the oldest are dropped and
// counted. n = 0 (the default) keeps none.
func (s *Sim) KeepEvents(n int) {
	s.keep = max(n, 0)
	for s.buffered.len() > s.keep {
		s.buffered.pop()
		s.dropped++
	}
}

// Events appends the kept events to dst, oldest first, forgets them, and returns dst with how many were dropped
// since the last call because more than KeepEvents' n piled up. It never blocks.
func (s *Sim) Events(dst []Event) ([]Event, int64) {
	for {
		e, ok := s.buffered.pop()
		if !ok {
			break
		}
		dst = append(dst, e)
	}
	d := s.dropped
	s.dropped = 0
	return dst, d
}
