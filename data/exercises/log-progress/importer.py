def import_rows(rows):
    kept = []
    for number, row in enumerate(rows, start=1):
        try:
            name, age = row.split(",")
            kept.append((name.strip(), int(age)))
        except ValueError:
            print("skipping row", number)
    print("imported", len(kept), "rows")
    return kept
