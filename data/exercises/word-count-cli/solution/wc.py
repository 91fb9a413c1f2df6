import argparse
import sys


def main(argv):
    parser = argparse.ArgumentParser(description="Count words, or lines, in files.")
    parser.add_argument("-l", "--lines", action="store_true", help="count lines instead of words")
    parser.add_argument("files", nargs="+", help="the files to count")
    args = parser.parse_args(argv)
    status = 0
    total = 0
    for name in args.files:
        try:
            with open(name, encoding="utf-8") as f:
                text = f.read()
        except FileNotFoundError:
            print(f"wc: {name}: no such file", file=sys.stderr)
            status = 1
            continue
        count = len(text.splitlines()) if args.lines else len(text.split())
        total += count
        print(f"{count} {name}")
    if len(args.files) > 1:
        print(f"{total} total")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
