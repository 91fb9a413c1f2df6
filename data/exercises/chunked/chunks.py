def chunked(iterable, size):
    """Yield lists of size items from iterable, lazily; the last may be shorter."""
    raise NotImplementedError("write chunked")
