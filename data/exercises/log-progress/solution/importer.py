import logging

log = logging.getLogger(__name__)


def import_rows(rows):
    kept = []
    for number, row in enumerate(rows, start=1):
        try:
            name, age = row.split(",")
            kept.append((name.strip(), int(age)))
        except ValueError:
            log.warning("skipping row %d: %r", number, row)
    log.info("imported %d rows", len(kept))
    return kept
