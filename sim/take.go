package sim

// Take sets the setting named key (one of [Keys] but "preset") of sc to its value in from, and reports whether
// there is such a setting. It checks nothing: from's value was checked when it was set. Names are copied, so
// the two scenarios share no slice.
func (sc *Scenario) Take(from Scenario, key string) bool {
	switch key {
	case "bakers":
		sc.Bakers = from.Bakers
	case "eaters":
		sc.Eaters = from.Eaters
	case "plate":
		sc.Plate = from.Plate
	case "bake":
		sc.Bake = from.Bake
	case "eat":
		sc.Eat = from.Eat
	case "batch":
		sc.Batch = from.Batch
	case "seed":
		sc.Seed = from.Seed
	case "baker-names":
		sc.BakerNames = append([]string(nil), from.BakerNames...)
	case "eater-names":
		sc.EaterNames = append([]string(nil), from.EaterNames...)
	default:
		return false
	}
	return true
}
