import time


class Counter:
    def __init__(self):
        self.value = 0

    def increment(self):
        current = self.value
        time.sleep(0)  # lets another thread run here, as the scheduler may at any time
        self.value = current + 1


def squares_in_threads(numbers, workers=4):
    return []
