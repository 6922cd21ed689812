#!/usr/bin/python3
"""Reads ctg-planner's calendars with real clients: Python's icalendar and khal.

Run by scripts/check-ics-clients.sh with Debian's /usr/bin/python3, which has
python3-icalendar (the pyenv python3 on PATH may not). Each check prints one
line, "PASS: ..." or "FAIL: ...", for the shell script to count; the exit
status is 1 when a check failed.

    ics_clients.py files --schedule S --calendar C --feeds DIR --invitations DIR --epoch N
    ics_clients.py khal --schedule S --calendar C --workdir DIR
"""

import argparse
import datetime
import json
import os
import pathlib
import subprocess
import sys

import dateutil.rrule
import icalendar
import pytz

failures = 0


def check(ok, message, problems=()):
    """Prints one check; on failure, the first few problems say why."""
    global failures
    problems = list(problems)
    if ok and not problems:
        print(f"PASS: {message}", flush=True)
        return
    failures += 1
    shown = "; ".join(problems[:5]) + (f"; … {len(problems) - 5} more" if len(problems) > 5 else "")
    print(f"FAIL: {message}" + (f" — {shown}" if shown else ""), flush=True)


# The schedule ---------------------------------------------------------------------------------------------------


def local(text):
    """ISO 8601 with offset -> (naive wall time, offset)."""
    moment = datetime.datetime.fromisoformat(text)
    return moment.replace(tzinfo=None), moment.utcoffset()


def format_offset(offset):
    minutes = int(offset.total_seconds()) // 60
    return f"{'+' if minutes >= 0 else '-'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def file_safe(identifier):
    """Ids as CalendarExport.fileSafe writes them in file names."""
    return "".join("_" if c in "/\\:#" else c for c in identifier)


class Schedule:
    """schedule.json: what every calendar must agree with."""

    def __init__(self, path):
        data = json.loads(pathlib.Path(path).read_text(encoding="utf-8"))
        self.assignments = data["assignments"]
        self.cancelled = data.get("cancelled", [])
        self.by_uid = {a["uid"]: a for a in self.assignments}
        self.uids = set(self.by_uid) | {c["uid"] for c in self.cancelled}

    def clock_changes(self):
        """(last meeting before, first meeting after) for each change of UTC offset between consecutive meetings."""
        ordered = sorted(self.assignments, key=lambda a: datetime.datetime.fromisoformat(a["start"]))
        return [(b, a) for b, a in zip(ordered, ordered[1:]) if local(b["start"])[1] != local(a["start"])[1]]

    def partner_uids(self, partner):
        """UIDs a partner's feed or invitation folder must hold; `partner` as in file names."""
        uids = {a["uid"] for a in self.assignments if partner in map(file_safe, a["required"] + a["optional"])}
        return uids | {c["uid"] for c in self.cancelled if partner in map(file_safe, c.get("attendees") or [])}

    def room_uids(self, room):
        uids = {a["uid"] for a in self.assignments if a["room"] and file_safe(a["room"]) == room}
        return uids | {c["uid"] for c in self.cancelled if c.get("room") and file_safe(c["room"]) == room}


# VTIMEZONE rules, evaluated here --------------------------------------------------------------------------------


class ZoneRules:
    """The offsets a VTIMEZONE defines, without icalendar's Timezone.to_tz().

    to_tz() in icalendar 4.0.3 hands dateutil the naive DTSTART together with
    the UTC UNTIL that RFC 5545 §3.3.10 requires inside a VTIMEZONE, and
    dateutil refuses the mix (collective/icalendar#708, dateutil/dateutil#1006).
    Events with an IANA TZID are not affected, since icalendar and khal take
    those zones from pytz; but the VTIMEZONE must say the same thing for
    clients that use it, so its rules are expanded here.
    """

    def __init__(self, vtimezone):
        self.transitions = []  # (UTC instant of an onset, offset from then on)
        for part in vtimezone.subcomponents:
            if part.name not in ("STANDARD", "DAYLIGHT"):
                continue
            start = part["DTSTART"].dt
            before, after = part["TZOFFSETFROM"].td, part["TZOFFSETTO"].td
            onsets = [start]
            if "RRULE" in part:
                until = part["RRULE"].get("UNTIL", [None])[0]
                parts = part["RRULE"].to_ical().decode().split(";")
                rule = ";".join(p for p in parts if not p.startswith("UNTIL="))
                # UNTIL is UTC; as a wall time before the onset, it bounds the naive onsets.
                end = datetime.datetime(2100, 1, 1)
                if until is not None:
                    end = until.astimezone(pytz.utc).replace(tzinfo=None) + before
                onsets = dateutil.rrule.rrulestr(rule, dtstart=start).between(start, end, inc=True)
            rdates = part.get("RDATE", [])
            for rdate in rdates if isinstance(rdates, list) else [rdates]:
                onsets += [d.dt for d in rdate.dts]
            self.transitions += [(onset - before, after) for onset in onsets]
        self.transitions.sort()

    def offset_at(self, instant):
        active = [offset for onset, offset in self.transitions if onset <= instant]
        return active[-1] if active else None

    def offset(self, wall_time):
        """The offset consistent with the wall time (on a repeated hour, the earlier one)."""
        for candidate in sorted({offset for _, offset in self.transitions}, reverse=True):
            if self.offset_at(wall_time - candidate) == candidate:
                return candidate
        return None


# Reading files with icalendar -----------------------------------------------------------------------------------


class CalendarFile:
    def __init__(self, path):
        self.path = pathlib.Path(path)
        self.calendar = icalendar.Calendar.from_ical(self.path.read_bytes())
        self.events = self.calendar.walk("VEVENT")
        self.zones = {str(z["TZID"]): ZoneRules(z) for z in self.calendar.walk("VTIMEZONE")}

    def parse_errors(self):
        return [f"{c.name}: {e}" for c in self.calendar.walk() for e in c.errors]

    def missing_tzids(self):
        """TZIDs that some property names and no VTIMEZONE of the same file defines."""
        used = {
            str(value.params["TZID"])
            for component in self.calendar.walk()
            for values in component.values()
            for value in (values if isinstance(values, list) else [values])
            if "TZID" in getattr(value, "params", {})
        }
        return sorted(used - set(self.zones))

    def time_problems(self, event, assignment):
        """How DTSTART and DTEND differ from schedule.json: wall time, offset by the VTIMEZONE, offset by icalendar."""
        problems = []
        meeting = assignment["meeting"]
        for name, key in (("DTSTART", "start"), ("DTEND", "end")):
            expected_wall, expected_offset = local(assignment[key])
            prop = event.get(name)
            if prop is None or "TZID" not in prop.params:
                problems.append(f"{meeting}: {name} missing or without TZID")
                continue
            wall = prop.dt.replace(tzinfo=None)
            if wall != expected_wall:
                problems.append(f"{meeting}: {name} {wall:%Y-%m-%d %H:%M}, schedule {expected_wall:%Y-%m-%d %H:%M}")
            zone = self.zones.get(str(prop.params["TZID"]))
            if zone is None or zone.offset(wall) != expected_offset:
                problems.append(f"{meeting}: the VTIMEZONE gives {name} another offset than {expected_offset}")
            if prop.dt.utcoffset() != expected_offset:
                problems.append(f"{meeting}: icalendar reads {name} at offset {prop.dt.utcoffset()}")
        return problems


def uid(event):
    return str(event.get("UID"))


def read_all(paths, label):
    """Parses every file; two checks for the lot: no parse error, no TZID without its VTIMEZONE."""
    files, problems, missing = [], [], []
    for path in paths:
        try:
            calendar_file = CalendarFile(path)
        except Exception as error:  # icalendar raises ValueError, KeyError… on text it cannot read
            problems.append(f"{path.name}: {error!r}")
            continue
        problems += [f"{path.name}: {e}" for e in calendar_file.parse_errors()]
        missing += [f"{path.name}: TZID {t} has no VTIMEZONE" for t in calendar_file.missing_tzids()]
        files.append(calendar_file)
    check(bool(paths) and not problems, f"icalendar reads {len(paths)} {label} without component errors", problems)
    check(bool(paths) and not missing, f"every TZID in the {label} has its VTIMEZONE", missing)
    return files


def times_check(files, schedule, label):
    problems = [
        f"{f.path.name}: {p}"
        for f in files
        for event in f.events
        if uid(event) in schedule.by_uid
        for p in f.time_problems(event, schedule.by_uid[uid(event)])
    ]
    check(not problems, f"{label}: every DTSTART/DTEND at schedule.json's local time and offset", problems)


def check_calendar(path, schedule, stamp):
    files = read_all([pathlib.Path(path)], "calendar.ics")
    if not files:
        return
    calendar = files[0]
    cal = calendar.calendar
    problems = [f"{k}:{cal.get(k)}" for k, v in (("VERSION", "2.0"), ("CALSCALE", "GREGORIAN"), ("METHOD", "PUBLISH"))
                if str(cal.get(k)) != v]
    problems += [f"no {k}" for k in ("PRODID", "NAME", "X-WR-CALNAME", "X-WR-TIMEZONE") if k not in cal]
    check(not problems,
          "calendar.ics: VERSION:2.0, PRODID, CALSCALE, METHOD:PUBLISH, NAME, X-WR-CALNAME, X-WR-TIMEZONE", problems)

    uids = [uid(e) for e in calendar.events]
    check(
        sorted(uids) == sorted(schedule.uids),
        f"calendar.ics: one VEVENT per meeting of schedule.json ({len(uids)} events, {len(schedule.uids)} expected)",
        [f"extra {u}" for u in set(uids) - schedule.uids] + [f"missing {u}" for u in schedule.uids - set(uids)],
    )
    times_check([calendar], schedule, "calendar.ics (VTIMEZONE and icalendar agree)")

    required = ("UID", "DTSTAMP", "SUMMARY", "DESCRIPTION", "LOCATION", "CATEGORIES", "ORGANIZER", "STATUS", "SEQUENCE")
    problems = []
    for event in calendar.events:
        assignment = schedule.by_uid.get(uid(event), {})
        problems += [f"{uid(event)}: no {p}" for p in required if p not in event]
        if "DTSTAMP" in event and event["DTSTAMP"].dt != stamp:
            problems.append(f"{uid(event)}: DTSTAMP {event['DTSTAMP'].dt}, not SOURCE_DATE_EPOCH")
        if assignment and int(event.get("SEQUENCE", -1)) != assignment["sequence"]:
            problems.append(f"{uid(event)}: SEQUENCE {event.get('SEQUENCE')}, schedule {assignment['sequence']}")
        if assignment and str(event.get("STATUS")) != "CONFIRMED":
            problems.append(f"{uid(event)}: STATUS {event.get('STATUS')}")
        if "ATTENDEE" in event:
            problems.append(f"{uid(event)}: ATTENDEE in a PUBLISH calendar")
        for alarm in event.walk("VALARM"):
            trigger = alarm.get("TRIGGER")
            well_formed = str(alarm.get("ACTION")) == "DISPLAY" and "DESCRIPTION" in alarm
            if not well_formed or trigger is None or trigger.dt > datetime.timedelta(0):
                problems.append(f"{uid(event)}: VALARM without ACTION:DISPLAY, DESCRIPTION, TRIGGER up to the start")
    check(not problems, "calendar.ics: every VEVENT has " + ", ".join(required) + "; DTSTAMP is SOURCE_DATE_EPOCH, "
          "SEQUENCE as in schedule.json, VALARMs well formed, no ATTENDEE", problems)

    online = [a for a in schedule.assignments if a["room"] is None]
    problems = []
    for event in calendar.events:
        assignment = schedule.by_uid.get(uid(event))
        if assignment and assignment["room"] is None:
            url = str(event.get("URL", ""))
            if not url.startswith("http") or str(event.get("LOCATION")) != url:
                problems.append(f"{assignment['meeting']}: LOCATION {event.get('LOCATION')!r}, URL {url!r}")
        elif assignment and "URL" in event:
            problems.append(f"{assignment['meeting']}: URL on a meeting in a room")
    check(bool(online) and not problems,
          f"online meetings ({len(online)}) have their link as LOCATION and URL; meetings in a room have no URL",
          problems)

    changes = schedule.clock_changes()
    summer, winter = datetime.timedelta(hours=2), datetime.timedelta(hours=1)
    offsets = {(local(before["start"])[1], local(after["start"])[1]) for before, after in changes}
    check({(summer, winter), (winter, summer)} <= offsets,
          "schedule.json has meetings on both sides of the autumn and of the spring clock change")
    by_uid = {uid(e): e for e in calendar.events}
    for pair in changes:
        ok = all(a["uid"] in by_uid and not calendar.time_problems(by_uid[a["uid"]], a) for a in pair)
        shown = " → ".join(f"{a['meeting']} {khal_time(a['start'])}{format_offset(local(a['start'])[1])}"
                           for a in pair)
        check(ok, f"calendar.ics across the clock change: {shown}")


def check_feeds(folder, schedule):
    paths = sorted(pathlib.Path(folder).glob("*.ics"))
    feeds = read_all(paths, "feeds")
    problems = []
    for feed in feeds:
        name = feed.path.name
        if str(feed.calendar.get("METHOD")) != "PUBLISH":
            problems.append(f"{name}: METHOD:{feed.calendar.get('METHOD')}")
        if name.startswith("partner-"):
            expected = schedule.partner_uids(name.removeprefix("partner-").removesuffix(".ics"))
        else:
            expected = schedule.room_uids(name.removeprefix("room-").removesuffix(".ics"))
        got = [uid(e) for e in feed.events]
        if sorted(got) != sorted(expected):
            problems.append(f"{name}: {len(got)} events, {len(expected)} expected")
        problems += [f"{name}: ATTENDEE in {uid(e)}" for e in feed.events if "ATTENDEE" in e]
    check(bool(feeds) and not problems,
          f"each of the {len(feeds)} feeds: METHOD:PUBLISH, exactly its partner's or room's meetings, no ATTENDEE",
          problems)
    times_check(feeds, schedule, "feeds")
    partners = {file_safe(p) for a in schedule.assignments for p in a["required"] + a["optional"]}
    rooms = {file_safe(a["room"]) for a in schedule.assignments if a["room"]}
    names = {p.name for p in paths}
    missing = [f for f in [f"partner-{p}.ics" for p in sorted(partners)] + [f"room-{r}.ics" for r in sorted(rooms)]
               if f not in names]
    check(not missing, f"every partner ({len(partners)}) and room ({len(rooms)}) of schedule.json has a feed", missing)


def check_invitations(folder, schedule):
    invitations = read_all(sorted(pathlib.Path(folder).glob("*/*.ics")), "invitations")
    problems, per_partner = [], {}
    for invitation in invitations:
        partner = invitation.path.parent.name
        name = f"{partner}/{invitation.path.name}"
        cancel = invitation.path.name.endswith("-cancel.ics")
        if str(invitation.calendar.get("METHOD")) != ("CANCEL" if cancel else "REQUEST"):
            problems.append(f"{name}: METHOD:{invitation.calendar.get('METHOD')}")
        if len(invitation.events) != 1:
            problems.append(f"{name}: {len(invitation.events)} VEVENTs where iTIP wants one UID per message")
            continue
        event = invitation.events[0]
        per_partner.setdefault(partner, set()).add(uid(event))
        organizer = event.get("ORGANIZER")
        if organizer is None or not str(organizer).lower().startswith("mailto:") or "CN" not in organizer.params:
            problems.append(f"{name}: ORGANIZER {organizer!r}")
        attendees = event.get("ATTENDEE", [])
        attendees = attendees if isinstance(attendees, list) else [attendees]
        if len(attendees) != 1:
            problems.append(f"{name}: {len(attendees)} ATTENDEE")
            continue
        attendee = attendees[0]
        assignment = schedule.by_uid.get(uid(event))
        optional = assignment is not None and partner in map(file_safe, assignment["optional"])
        wanted = {"ROLE": "OPT-PARTICIPANT" if optional else "REQ-PARTICIPANT", "PARTSTAT": "NEEDS-ACTION",
                  "RSVP": "TRUE"}
        problems += [f"{name}: {k}={attendee.params.get(k)}" for k, v in wanted.items() if attendee.params.get(k) != v]
        if "CN" not in attendee.params or not str(attendee).lower().startswith("mailto:"):
            problems.append(f"{name}: ATTENDEE without CN or mailto")
    check(bool(invitations) and not problems,
          f"{len(invitations)} invitations: METHOD:REQUEST, one VEVENT, ORGANIZER, one ATTENDEE with CN, ROLE, "
          "PARTSTAT=NEEDS-ACTION, RSVP=TRUE", problems)
    times_check(invitations, schedule, "invitations")
    problems = [f"{partner}: {len(uids)} invitations, {len(schedule.partner_uids(partner))} meetings"
                for partner, uids in sorted(per_partner.items()) if uids != schedule.partner_uids(partner)]
    check(bool(per_partner) and not problems,
          f"each of the {len(per_partner)} invited partners has one invitation per meeting it attends", problems)


def check_files(args):
    schedule = Schedule(args.schedule)
    check_calendar(args.calendar, schedule, datetime.datetime.fromtimestamp(args.epoch, tz=datetime.timezone.utc))
    check_feeds(args.feeds, schedule)
    check_invitations(args.invitations, schedule)


# khal -----------------------------------------------------------------------------------------------------------


class Khal:
    """khal with a configuration, a vdir and a cache of its own, in the work folder."""

    def __init__(self, workdir):
        self.workdir = pathlib.Path(workdir)
        self.vdir = self.workdir / "vdir"
        self.vdir.mkdir(parents=True, exist_ok=True)
        self.config = self.workdir / "khal.conf"
        self.config.write_text(
            f"""[calendars]
[[ctg]]
path = {self.vdir}
type = calendar

[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%dT%H:%M
longdatetimeformat = %Y-%m-%dT%H:%M
default_timezone = Europe/Paris
local_timezone = Europe/Paris

[default]
default_calendar = ctg

[sqlite]
path = {self.workdir / "khal.db"}
""",
            encoding="utf-8",
        )
        # Nothing of the user's: HOME and the XDG folders point into the work folder. The
        # machine's zone is UTC, so that only khal's local_timezone can make times local.
        home = str(self.workdir)
        self.env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=home, XDG_DATA_HOME=home, TZ="UTC")

    def run(self, *arguments):
        command = ["khal", "--config", str(self.config), *arguments]
        return subprocess.run(command, env=self.env, capture_output=True, text=True)

    def import_file(self, path):
        """Whether khal took the file, and what it said."""
        result = self.run("import", "--batch", "-a", "ctg", str(path))
        return result.returncode == 0 and "Traceback" not in result.stderr, (result.stderr or result.stdout).strip()

    def list(self, first, last):
        """uid -> [(start, end, status)] of the events between two dates, each event once."""
        fields = "\t".join(("{uid}", "{start}", "{end}", "{status}"))
        result = self.run("list", "--once", "--day-format", "", "--format", fields, first, last)
        events = {}
        for line in result.stdout.splitlines():
            if line.strip():
                event_uid, start, end, status = (line.split("\t") + ["", "", ""])[:4]
                events.setdefault(event_uid, []).append((start, end, status.strip()))
        return events, result

    def stored(self):
        return sorted(self.vdir.glob("*.ics"))


def khal_time(text):
    return f"{local(text)[0]:%Y-%m-%dT%H:%M}"


def update(calendar_path, moved, new_start, cancelled, target):
    """calendar.ics with every SEQUENCE + 1, `moved` starting at `new_start` (same length), `cancelled` cancelled."""
    calendar = icalendar.Calendar.from_ical(pathlib.Path(calendar_path).read_bytes())
    length = datetime.datetime.fromisoformat(moved["end"]) - datetime.datetime.fromisoformat(moved["start"])
    for event in calendar.walk("VEVENT"):
        sequence = int(event.pop("SEQUENCE", 0)) + 1
        event.add("SEQUENCE", sequence)
        if uid(event) == moved["uid"]:
            zone = pytz.timezone(str(event["DTSTART"].params["TZID"]))
            start = zone.localize(new_start)
            del event["DTSTART"], event["DTEND"]
            event.add("DTSTART", start)
            event.add("DTEND", zone.normalize(start + length))
        elif uid(event) == cancelled["uid"]:
            event.pop("STATUS", None)
            event.add("STATUS", "CANCELLED")
    target.write_bytes(calendar.to_ical())


def check_khal(args):
    schedule = Schedule(args.schedule)
    khal = Khal(args.workdir)
    dates = sorted(datetime.date.fromisoformat(a["start"][:10]) for a in schedule.assignments)
    first, last = dates[0].isoformat(), (dates[-1] + datetime.timedelta(days=1)).isoformat()

    ok, said = khal.import_file(args.calendar)
    check(ok, "khal import --batch calendar.ics", [] if ok else [said])
    count = len(khal.stored())
    check(count == len(schedule.uids), f"khal stored {count} events in its vdir, {len(schedule.uids)} in schedule.json")

    listed, result = khal.list(first, last)
    problems = [result.stderr.strip()] if result.returncode != 0 else []
    problems += [f"{u} listed {len(times)} times" for u, times in listed.items() if len(times) > 1]
    problems += [f"{u} not in schedule.json" for u in listed if u not in schedule.uids]
    for a in schedule.assignments:
        got = listed.get(a["uid"], [("absent", "", "")])[0][:2]
        if got != (khal_time(a["start"]), khal_time(a["end"])):
            wanted = f"{khal_time(a['start'])}–{khal_time(a['end'])}"
            problems.append(f"{a['meeting']}: khal {got[0]}–{got[1]}, schedule {wanted}")
    check(not problems, f"khal list {first} {last}: {len(listed)} events, each at schedule.json's local start and end",
          problems)

    changes = schedule.clock_changes()
    if not changes:
        check(False, "khal across the clock changes: no meetings on both sides of one in schedule.json")
        return
    for pair in changes:
        shown = [(a, listed.get(a["uid"], [("absent", "", "")])[0][0]) for a in pair]
        check(all(start == khal_time(a["start"]) for a, start in shown),
              "khal across the clock change: "
              + " → ".join(f"{a['meeting']} {start} ({format_offset(local(a['start'])[1])})" for a, start in shown))

    # Same UIDs, SEQUENCE + 1; the last meeting before the first clock change moves to 08:00 on the date of the
    # first one after it (another offset, and a time no slot has); the first meeting after the last change is cancelled.
    moved, landing = changes[0]
    cancelled = changes[-1][1] if changes[-1][1] is not landing else changes[-1][0]
    new_start = datetime.datetime.combine(datetime.date.fromisoformat(landing["start"][:10]), datetime.time(8))
    modified = pathlib.Path(args.workdir) / "modified.ics"
    update(args.calendar, moved, new_start, cancelled, modified)

    ok, said = khal.import_file(modified)
    check(ok, "khal import --batch of calendar.ics with SEQUENCE+1, one meeting moved, one cancelled",
          [] if ok else [said])
    count = len(khal.stored())
    check(count == len(schedule.uids), f"khal updated in place: still {count} events in its vdir, no duplicate")
    again, _ = khal.list(first, last)
    twice = [u for u, times in again.items() if len(times) > 1]
    gone = cancelled["uid"] not in again
    check(not twice and len(again) == len(listed) - gone,
          f"khal list after the update: {len(again)} events, no UID twice", [f"{u} listed twice" for u in twice])
    expected = f"{new_start:%Y-%m-%dT%H:%M}"
    got = again.get(moved["uid"], [("absent", "", "")])[0][0]
    check(got == expected, f"moved meeting {moved['meeting']}: khal lists it once, at {got} (expected {expected}), "
          f"no longer at {khal_time(moved['start'])}")
    status = again.get(cancelled["uid"], [("", "", "")])[0][2]
    shown = "gone from khal list" if gone else f"listed as {status or 'not cancelled'}"
    check(gone or status == "CANCELLED", f"cancelled meeting {cancelled['meeting']}: {shown}")
    sequence = f"SEQUENCE:{moved['sequence'] + 1}"
    stored = [f.read_text(encoding="utf-8") for f in khal.stored()]
    copies = [text for text in stored if f"UID:{moved['uid']}" in text]
    check(len(copies) == 1 and sequence in copies[0], f"khal's one stored copy of {moved['meeting']} has {sequence}")
    unchanged = [
        a["meeting"]
        for a in schedule.assignments
        if a["uid"] not in (moved["uid"], cancelled["uid"])
        and again.get(a["uid"], [("", "", "")])[0][:2] != (khal_time(a["start"]), khal_time(a["end"]))
    ]
    check(not unchanged, "every other meeting kept its time in khal", unchanged)


def check_replan(args):
    """A real re-plan applied on top of the first calendar: khal must update, not duplicate."""
    before, after = Schedule(args.previous), Schedule(args.schedule)
    khal = Khal(args.workdir)
    ok, said = khal.import_file(args.previous_calendar)
    check(ok, "khal import --batch of the first calendar.ics", [] if ok else [said])
    ok, said = khal.import_file(args.calendar)
    check(ok, "khal import --batch of the re-planned calendar.ics", [] if ok else [said])
    stored = khal.stored()
    check(len(stored) == len(before.uids), f"khal holds {len(stored)} events after the update, {len(before.uids)} before: none duplicated")
    dates = sorted(datetime.date.fromisoformat(a["start"][:10]) for a in before.assignments + after.assignments)
    listed, _ = khal.list(dates[0].isoformat(), (dates[-1] + datetime.timedelta(days=1)).isoformat())
    twice = [u for u, times in listed.items() if len(times) > 1]
    check(not twice, f"khal list after the re-plan: {len(listed)} events, no UID twice", twice)
    previous = {a["uid"]: a for a in before.assignments}
    moved = [a for a in after.assignments if previous[a["uid"]]["start"] != a["start"]]
    check(len(moved) >= 1, f"the re-plan moved {len(moved)} meeting(s): " + ", ".join(a["meeting"] for a in moved))
    wrong = [
        f"{a['meeting']}: khal {listed.get(a['uid'], [('absent', '', '')])[0][0]}, schedule {khal_time(a['start'])}"
        for a in after.assignments
        if listed.get(a["uid"], [("absent", "", "")])[0][:2] != (khal_time(a["start"]), khal_time(a["end"]))
    ]
    check(not wrong, "every meeting of the re-planned schedule.json at its new local time in khal (moved ones included)", wrong)
    for cancelled in after.cancelled:
        status = listed.get(cancelled["uid"], [("", "", "")])[0][2]
        gone = cancelled["uid"] not in listed
        check(gone or status == "CANCELLED",
              f"cancelled meeting {cancelled['meeting']}: " + ("gone from khal list" if gone else f"listed as {status or 'not cancelled'}"))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    files = commands.add_parser("files", help="read calendar.ics, the feeds and the invitations with icalendar")
    files.add_argument("--schedule", required=True)
    files.add_argument("--calendar", required=True)
    files.add_argument("--feeds", required=True)
    files.add_argument("--invitations", required=True)
    files.add_argument("--epoch", type=int, required=True, help="the SOURCE_DATE_EPOCH the files were written with")
    khal = commands.add_parser("khal", help="import calendar.ics into khal, list it back, re-import an update")
    khal.add_argument("--schedule", required=True)
    khal.add_argument("--calendar", required=True)
    khal.add_argument("--workdir", required=True)
    replan = commands.add_parser("replan", help="import the first calendar, then the re-planned one, into khal")
    replan.add_argument("--previous", required=True, help="the first schedule.json")
    replan.add_argument("--previous-calendar", required=True)
    replan.add_argument("--schedule", required=True, help="the re-planned schedule.json")
    replan.add_argument("--calendar", required=True, help="the re-planned calendar.ics")
    replan.add_argument("--workdir", required=True)
    args = parser.parse_args()
    {"files": check_files, "khal": check_khal, "replan": check_replan}[args.command](args)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
