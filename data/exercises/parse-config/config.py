def parse_config(text):
    result = {}
    for line in text.splitlines():
        name, value = line.split("=")
        result[name] = int(value)
    return result
