def top_average(scores, n=3, seen=None):
    """Average of the n highest scores; also returns every score seen, in order."""
    seen = [] if seen is None else seen
    seen.extend(scores)
    best = sorted(scores, reverse=True)[:n]
    return sum(best) / len(best), seen
