package sim

import "math"

// maxBatches is how many complete batches a BatchMeans keeps; when one more completes, pairs merge.
// It must be even. Between 16 and 32 batches is what the literature advises: enough degrees of freedom for a
// usable t quantile, few enough that each batch is long.
const maxBatches = 32

// BatchMeans estimates a steady-state mean and its 95% confidence interval by the method of batch means, in
// O(1) memory and with no allocation per observation. Its zero value is empty and ready to use; it is not safe for
// concurrent use.
//
// Feed it observations in time order, each a pair (sum, weight) whose ratio is what is measured: for a rate
// sampled at fixed intervals of simulated time, the loaves eaten in the interval and its length in seconds; for
// a time average, the increase of the time integral and the same length; for a plain number, the number and 1.
// [BatchMeans.AddTotals] takes running totals instead and feeds their increments. The estimate is the ratio of
// all sums to all weights, so it equals the plain running measure since the first observation.
//
// Consecutive observations form batches of equal count. Each batch starts with one observation; when a batch
// completes and maxBatches are already full, neighbouring pairs merge and batches double in size, so after n
// observations there are between 16 and 32 batches of n/32 to n/16 observations each.
//
// It assumes what batch means always assumes: the observations come from a stationary process (discard a
// warm-up before feeding it, or the start's bias shrinks only as 1/n), and batches are long enough that their
// ratios are nearly independent and nearly normal. Early on, when batches hold few correlated observations, the
// interval is too narrow; it becomes trustworthy as batches grow. Observations should be evenly spaced in
// simulated time, so that batches of equal count cover equal time.
type BatchMeans struct {
	sums, weights [maxBatches]float64 // complete batches
	n             int                 // how many of them
	size          int                 // observations per complete batch; 0 means 1
	curSum, curW  float64             // the batch being filled
	curN          int
	totSum, totW  float64 // every observation, complete batches or not
	count         int64
	lastSum       float64 // AddTotals' previous totals
	lastW         float64
	primed        bool
}

// Estimate is a mean and the half-width of its 95% confidence interval: the steady-state mean lies within
// Mean ± HalfWidth with probability about 0.95.
type Estimate struct {
	Mean      float64 `json:"mean"`
	HalfWidth float64 `json:"half_width"`
	// Batches is how many complete batches the interval rests on; its t quantile has Batches−1 degrees of freedom.
	Batches int `json:"batches"`
}

// Add feeds one observation: sum over weight is what was measured in it. Weights must not be negative.
func (b *BatchMeans) Add(sum, weight float64) {
	b.totSum += sum
	b.totW += weight
	b.count++
	b.curSum += sum
	b.curW += weight
	b.curN++
	size := max(b.size, 1)
	if b.curN < size {
		return
	}
	if b.n == maxBatches {
		// Merge pairs; the batch just completed is half of one of the new size, so it goes on filling.
		for i := range maxBatches / 2 {
			b.sums[i] = b.sums[2*i] + b.sums[2*i+1]
			b.weights[i] = b.weights[2*i] + b.weights[2*i+1]
		}
		b.n = maxBatches / 2
		b.size = 2 * size
		return
	}
	b.sums[b.n], b.weights[b.n] = b.curSum, b.curW
	b.n++
	b.curSum, b.curW, b.curN = 0, 0, 0
}

// AddTotals feeds the increments of running totals since the previous call: call it at fixed intervals of
// simulated time with, say, the loaves eaten so far and the time so far in seconds. The first call after a
// [BatchMeans.Reset] (or on the zero value) only records where the totals start, so a warm-up before it is
// discarded.
func (b *BatchMeans) AddTotals(sum, weight float64) {
	if b.primed {
		b.Add(sum-b.lastSum, weight-b.lastW)
	}
	b.lastSum, b.lastW, b.primed = sum, weight, true
}

// Reset empties the estimator, as after a change of scenario.
func (b *BatchMeans) Reset() { *b = BatchMeans{} }

// Count is the number of observations fed so far.
func (b *BatchMeans) Count() int64 { return b.count }

// Mean is the ratio of all sums to all weights so far, or NaN before any weight.
func (b *BatchMeans) Mean() float64 {
	if b.totW == 0 {
		return math.NaN()
	}
	return b.totSum / b.totW
}

// Estimate returns the mean and its 95% interval, and reports whether there is one: it needs two complete
// batches with positive weight. The half-width is Student's t quantile for the complete batches times the
// standard error of their ratio estimator; with equal weights that is the textbook batch-means interval.
func (b *BatchMeans) Estimate() (Estimate, bool) {
	k := b.n
	var s, w float64
	for i := range k {
		s += b.sums[i]
		w += b.weights[i]
	}
	if k < 2 || w <= 0 {
		return Estimate{Mean: b.Mean(), Batches: k}, false
	}
	r, wbar := s/w, w/float64(k)
	var ss float64
	for i := range k {
		d := (b.sums[i] - r*b.weights[i]) / wbar
		ss += d * d
	}
	se := math.Sqrt(ss / float64(k-1) / float64(k))
	return Estimate{Mean: b.Mean(), HalfWidth: tQuantile975[k-2] * se, Batches: k}, true
}

// tQuantile975[i] is the 0.975 quantile of Student's t with i+1 degrees of freedom (checked in the tests by
// integrating the density).
var tQuantile975 = [maxBatches - 1]float64{
	12.706204736, 4.302652730, 3.182446305, 2.776445105, 2.570581836, 2.446911851, 2.364624252, 2.306004135,
	2.262157163, 2.228138852, 2.200985160, 2.178812830, 2.160368656, 2.144786688, 2.131449546, 2.119905299,
	2.109815578, 2.100922040, 2.093024054, 2.085963447, 2.079613845, 2.073873068, 2.068657610, 2.063898562,
	2.059538553, 2.055529439, 2.051830516, 2.048407142, 2.045229642, 2.042272456, 2.039513446,
}
