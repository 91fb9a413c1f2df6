def top_average(scores, n=3, seen=[]):
    """Average of the n highest scores; also returns every score seen, in order."""
    seen.extend(scores)
    scores.sort(reverse=True)
    best = scores[:n - 1]
    return sum(best) / len(best), seen
