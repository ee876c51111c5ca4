#!/usr/bin/env python3
"""Brute-force reference for `accordo-cli calendar due|elapsed --batch -`.

Shares no code with the C++ engine: it reads the calendar JSON itself, computes holidays
with its own rules (Easter by Oudin's algorithm), turns local wall times into instants with
zoneinfo, and walks day by day through each day's working intervals. It feeds thousands of
random inputs, biased towards the traps (interval edges, DST changes, holidays, long
durations, pauses), to the CLI and compares every line.

Usage: calendar_reference.py ACCORDO_CLI [--seed N] [--scale F]
"""

import argparse
import datetime as dt
import json
import os
import random
import subprocess
import sys
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = dt.timezone.utc
DAY_KEYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def easter_sunday(year):
    # Oudin (1940), as in dateutil.easter: a different derivation from the C++ one.
    g = year % 19
    c = year // 100
    h = (c - c // 4 - (8 * c + 13) // 25 + 19 * g + 15) % 30
    i = h - (h // 28) * (1 - (h // 28) * (29 // (h + 1)) * ((21 - g) // 11))
    j = (year + year // 4 + i + 2 - c + c // 4) % 7
    p = i - j
    day = 1 + (p + 27 + (p + 6) // 40) % 31
    month = 3 + (p + 26) // 30
    return dt.date(year, month, day)


class Calendar:
    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        self.zone = ZoneInfo(data["timezone"])
        self.week = []
        for key in DAY_KEYS:
            intervals = []
            for text in data["week"].get(key, []):
                start, end = text.split("-")
                intervals.append((self.clock(start), self.clock(end)))
            self.week.append(sorted(intervals))
        self.rules = data.get("holidays", [])
        self.holiday_years = {}
        self.day_spans = {}

    @staticmethod
    def clock(text):
        parts = [int(p) for p in text.split(":")]
        return parts[0] * 3600 + parts[1] * 60 + (parts[2] if len(parts) > 2 else 0)

    def rule_days(self, rule, year):
        if "date" in rule:
            d = dt.date.fromisoformat(rule["date"])
            return [d] if d.year == year else []
        if "fixed" in rule:
            month, day = (int(x) for x in rule["fixed"].split("-"))
            try:
                d = dt.date(year, month, day)
            except ValueError:
                return []
            days = [d]
            observed = rule.get("observed", "none")
            if observed == "nearest" and d.weekday() == 5:
                days.append(d - dt.timedelta(days=1))
            elif observed == "nearest" and d.weekday() == 6:
                days.append(d + dt.timedelta(days=1))
            elif observed == "monday" and d.weekday() in (5, 6):
                days.append(d + dt.timedelta(days=7 - d.weekday()))
            return days
        if "nth" in rule:
            weekday = DAY_KEYS.index(rule["weekday"])
            month = rule["month"]
            candidates = [dt.date(year, month, day) for day in range(1, 32)
                          if self.valid(year, month, day)
                          and dt.date(year, month, day).weekday() == weekday]
            return [candidates[-1] if rule["nth"] == -1 else candidates[rule["nth"] - 1]]
        if "easter" in rule:
            return [easter_sunday(year) + dt.timedelta(days=rule["easter"])]
        raise ValueError(rule)

    @staticmethod
    def valid(year, month, day):
        try:
            dt.date(year, month, day)
            return True
        except ValueError:
            return False

    def is_holiday(self, date):
        year = date.year
        if year not in self.holiday_years:
            closed = set()
            for rule_year in (year - 1, year, year + 1):
                for rule in self.rules:
                    closed.update(d for d in self.rule_days(rule, rule_year) if d.year == year)
            self.holiday_years[year] = closed
        return date in self.holiday_years[year]

    def to_utc(self, date, second):
        """Epoch seconds of a local wall time: the standard-time occurrence of a doubled
        time, and a time in a spring gap read with the offset before the gap."""
        local = dt.datetime.combine(date, dt.time()) + dt.timedelta(seconds=second)
        results = []
        for fold in (0, 1):
            aware = local.replace(tzinfo=self.zone, fold=fold)
            instant = aware.astimezone(UTC)
            exists = instant.astimezone(self.zone).replace(tzinfo=None) == local
            results.append((instant, exists, aware.dst()))
        (i0, e0, dst0), (i1, e1, dst1) = results
        if e0 and e1 and i0 != i1:
            # Twice: prefer standard time, else the later.
            if dst0 == dt.timedelta(0) and dst1 != dt.timedelta(0):
                chosen = i0
            else:
                chosen = i1
        elif e0 or e1:
            chosen = i0 if e0 else i1
        else:
            chosen = i0  # in a gap, fold=0 uses the offset from before the gap
        return int(chosen.timestamp())

    def spans(self, date):
        """[open, close) epoch-second spans of one local day, [] on holidays."""
        if date in self.day_spans:
            return self.day_spans[date]
        result = []
        if not self.is_holiday(date):
            for start, end in self.week[date.weekday()]:
                open_ = self.to_utc(date, start)
                close = self.to_utc(date, end)
                if close > open_:
                    result.append((open_, close))
        self.day_spans[date] = result
        return result

    def local_date(self, instant):
        return dt.datetime.fromtimestamp(instant, self.zone).date()


def merge(pauses):
    merged = []
    for start, end in sorted(p for p in pauses if p[1] > p[0]):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged


def minus_pauses(start, end, pauses):
    """Pieces of [start, end) outside the merged pauses."""
    pieces = []
    for p_start, p_end in pauses:
        if p_end <= start or p_start >= end:
            continue
        if p_start > start:
            pieces.append((start, p_start))
        start = max(start, p_end)
        if start >= end:
            return pieces
    if start < end:
        pieces.append((start, end))
    return pieces


def ref_elapsed(cal, a, b, pauses):
    if b < a:
        return -ref_elapsed(cal, b, a, pauses)
    pauses = merge(pauses)
    total = 0
    day = cal.local_date(a) - dt.timedelta(days=1)
    last = cal.local_date(b) + dt.timedelta(days=1)
    while day <= last:
        for open_, close in cal.spans(day):
            for s, e in minus_pauses(max(open_, a), min(close, b), pauses):
                total += e - s
        day += dt.timedelta(days=1)
    return total


def ref_due(cal, start, duration, pauses):
    if duration <= 0:
        return start
    pauses = merge(pauses)
    remaining = duration
    day = cal.local_date(start) - dt.timedelta(days=1)
    while True:
        for open_, close in cal.spans(day):
            for s, e in minus_pauses(max(open_, start), close, pauses):
                if remaining <= e - s:
                    return s + remaining
                remaining -= e - s
        day += dt.timedelta(days=1)


def iso_utc(instant):
    return dt.datetime.fromtimestamp(instant, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Inputs:
    """Random instants and durations, written in the forms the CLI accepts."""

    def __init__(self, cal, rng):
        self.cal = cal
        self.rng = rng
        self.low = int(dt.datetime(2024, 1, 1, tzinfo=UTC).timestamp())
        self.high = int(dt.datetime(2030, 12, 31, tzinfo=UTC).timestamp())
        self.transitions = self.find_transitions()
        edges = set()
        for intervals in cal.week:
            for start, end in intervals:
                edges.update((start, end % 86400))
        self.edges = sorted(edges) or [0]

    def find_transitions(self):
        found = []
        t = self.low
        previous = dt.datetime.fromtimestamp(t, self.cal.zone).utcoffset()
        while t < self.high:
            t += 3600
            offset = dt.datetime.fromtimestamp(t, self.cal.zone).utcoffset()
            if offset != previous:
                found.append(t)
                previous = offset
        return found

    def instant(self):
        """(epoch seconds, text) biased towards edges, DST changes and holidays."""
        rng = self.rng
        kind = rng.random()
        if kind < 0.35:
            t = rng.randrange(self.low, self.high)
        elif kind < 0.7:
            date = self.cal.local_date(rng.randrange(self.low, self.high))
            if rng.random() < 0.3 and self.transitions:
                date = self.cal.local_date(rng.choice(self.transitions)) + dt.timedelta(
                    days=rng.choice([-1, 0, 0, 0, 1]))
            second = rng.choice(self.edges) + rng.choice([0, 0, 0, -1, 1, -60, 60, 1800])
            second = max(0, min(86399, second))
            t = self.cal.to_utc(date, second)
        elif kind < 0.9 or not self.transitions:
            t = rng.choice(self.transitions) + rng.randrange(-7200, 7200)
            t -= t % rng.choice([1, 60, 900])
        else:
            # A wall time without offset near a change: may be skipped or doubled.
            date = self.cal.local_date(rng.choice(self.transitions))
            second = rng.randrange(0, 4 * 3600)
            second -= second % rng.choice([1, 60, 900])
            local = dt.datetime.combine(date, dt.time()) + dt.timedelta(seconds=second)
            text = local.strftime("%Y-%m-%dT%H:%M:%S")
            return self.resolve(text), text
        return t, self.text(t)

    def text(self, t):
        form = self.rng.random()
        if form < 0.5:
            return iso_utc(t)
        local = dt.datetime.fromtimestamp(t, self.cal.zone)
        if form < 0.75:
            return local.isoformat()  # with the local offset, e.g. +01:00
        if form < 0.85:
            minutes = self.rng.choice([-300, -60, 0, 90, 330, 600])
            shifted = dt.datetime.fromtimestamp(t, dt.timezone(dt.timedelta(minutes=minutes)))
            return shifted.strftime("%Y-%m-%dT%H:%M:%S") + (
                "Z" if minutes == 0 else shifted.strftime("%z")[:3] + ":" + shifted.strftime("%z")[3:])
        # No offset: local to the calendar. Re-derive the instant the documented way, so
        # doubled and skipped wall times test the resolution rule too.
        naive = local.replace(tzinfo=None)
        return naive.strftime("%Y-%m-%dT%H:%M:%S") if self.rng.random() < 0.8 else \
            naive.strftime("%Y-%m-%d %H:%M:%S")

    def resolve(self, text):
        """The instant a text means, computed independently of how it was made."""
        if text.endswith("Z") or "+" in text[10:] or "-" in text[10:]:
            return int(dt.datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp())
        naive = dt.datetime.fromisoformat(text)
        return self.cal.to_utc(naive.date(), naive.hour * 3600 + naive.minute * 60 + naive.second)

    def duration(self):
        rng = self.rng
        kind = rng.random()
        if kind < 0.5:
            seconds = rng.choice([1, 60, 1800, 3600, 4 * 3600, 8 * 3600, 9 * 3600]) \
                if rng.random() < 0.4 else rng.randrange(1, 12 * 3600)
        elif kind < 0.9:
            seconds = rng.randrange(1, 400 * 3600)
        elif kind < 0.97:
            seconds = rng.randrange(1, 3000 * 3600)
        else:
            seconds = rng.randrange(3000 * 3600, 20000 * 3600)  # more than a year
        return seconds, self.duration_text(seconds)

    def duration_text(self, seconds):
        h, rest = divmod(seconds, 3600)
        m, s = divmod(rest, 60)
        form = self.rng.random()
        if form < 0.6:
            text = (f"{h}h" if h else "") + (f"{m}m" if m else "") + (f"{s}s" if s else "")
            return text
        if form < 0.8:
            return f"{seconds}s" if s or self.rng.random() < 0.5 else f"{seconds // 60}m"
        d, h = divmod(h, 24)
        text = "P" + (f"{d}D" if d else "")
        time = (f"{h}H" if h else "") + (f"{m}M" if m else "") + (f"{s}S" if s else "")
        return text + ("T" + time if time else "")

    def pauses(self, around):
        if self.rng.random() > 0.2:
            return []
        result = []
        for _ in range(self.rng.randint(1, 3)):
            start = around + self.rng.randrange(-2 * 86400, 20 * 86400)
            start -= start % 60
            end = start + self.rng.randrange(0, 3 * 86400)
            result.append((start, end))
        return result


def run_cli(cli, command, calendar_path, lines):
    process = subprocess.run(
        [cli, "calendar", command, "--calendar", calendar_path, "--batch", "-"],
        input="".join(line + "\n" for line in lines).encode(), capture_output=True)
    if process.returncode != 0:
        sys.stderr.write(process.stderr.decode(errors="replace"))
        raise SystemExit(f"accordo-cli calendar {command} failed with {process.returncode}")
    return process.stdout.decode().splitlines()


def check(cli, name, count, rng):
    path = os.path.join(HERE, name)
    cal = Calendar(path)
    inputs = Inputs(cal, rng)
    failures = 0
    for command in ("due", "elapsed"):
        lines, expected = [], []
        for _ in range(count):
            start, start_text = inputs.instant()
            start = inputs.resolve(start_text)
            pauses = inputs.pauses(start)
            if command == "due":
                seconds, second_text = inputs.duration()
                expected.append(iso_utc(ref_due(cal, start, seconds, pauses)))
            else:
                if rng.random() < 0.5:
                    end, second_text = inputs.instant()
                    end = inputs.resolve(second_text)
                    if abs(end - start) > 800 * 86400:
                        end = start + rng.randrange(-5 * 86400, 400 * 86400)
                        second_text = iso_utc(end)
                else:
                    end = start + rng.choice([rng.randrange(0, 3 * 86400),
                                              rng.randrange(0, 60 * 86400),
                                              rng.randrange(-3 * 86400, 800 * 86400)])
                    second_text = inputs.text(end)
                    end = inputs.resolve(second_text)
                expected.append(str(ref_elapsed(cal, start, end, pauses)))
            fields = [start_text, second_text] + [f"{iso_utc(s)}/{iso_utc(e)}" for s, e in pauses]
            lines.append(",".join(fields))
        actual = run_cli(cli, command, path, lines)
        mismatches = [(i, lines[i], expected[i], actual[i] if i < len(actual) else "<missing>")
                      for i in range(len(lines)) if i >= len(actual) or actual[i] != expected[i]]
        if len(actual) != len(lines):
            mismatches.append((len(lines), "<line count>", str(len(lines)), str(len(actual))))
        print(f"{name} {command}: {len(lines)} inputs, {len(mismatches)} mismatches")
        for index, line, want, got in mismatches[:5]:
            print(f"  line {index + 1}: {line}\n    expected {want}\n    got      {got}")
        failures += len(mismatches)
    return failures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("cli")
    parser.add_argument("--seed", type=int, default=20260301)
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    print(f"seed {args.seed}")
    failures = 0
    for name, count in (("it-office.json", 10000), ("london-24x7.json", 10000),
                        ("us-office.json", 5000)):
        failures += check(args.cli, name, int(count * args.scale), rng)
    if failures:
        print(f"FAIL: {failures} mismatches")
        return 1
    print("OK: every line agrees with the brute-force reference")
    return 0


if __name__ == "__main__":
    sys.exit(main())
