def insertion_point(items, target):
    lo, hi = 0, len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


def contains(items, target):
    i = insertion_point(items, target)
    return i < len(items) and items[i] == target
