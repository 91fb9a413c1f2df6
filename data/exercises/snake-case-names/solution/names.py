import ast
import re


def to_snake(name):
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return name.lower()


def to_camel(name):
    first, *rest = name.split("_")
    return first + "".join(part.capitalize() for part in rest)


def bad_function_names(source):
    functions = [n for n in ast.walk(ast.parse(source)) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
    return [n.name for n in sorted(functions, key=lambda n: n.lineno) if not re.fullmatch(r"[a-z_][a-z0-9_]*", n.name)]
