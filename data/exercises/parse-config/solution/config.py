class ConfigError(Exception):
    """A configuration text that cannot be read."""


def parse_config(text):
    result = {}
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if "=" not in line:
            raise ConfigError(f"line {number}: expected name = value")
        name, _, value = line.partition("=")
        try:
            result[name.strip()] = int(value.strip())
        except ValueError as error:
            raise ConfigError(f"line {number}: {value.strip()!r} is not a whole number") from error
    return result
