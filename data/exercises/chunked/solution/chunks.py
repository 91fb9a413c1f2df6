def chunked(iterable, size):
    if size < 1:
        raise ValueError("size must be 1 or more")

    def generate():
        chunk = []
        for item in iterable:
            chunk.append(item)
            if len(chunk) == size:
                yield chunk
                chunk = []
        if chunk:
            yield chunk

    return generate()
