// Reads an iCalendar feed on stdin and prints its occurrences as Thunderbird would see them,
// using Mozilla's ical.js: every VEVENT series expanded (RRULE, EXDATE, RECURRENCE-ID
// overrides), times converted to Europe/Amsterdam with the feed's own VTIMEZONE.
// Usage: node icaljs_expand.cjs /path/to/ical.es5.cjs < feed.ics
const ICAL = require(process.argv[2]);

let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const calendar = new ICAL.Component(ICAL.parse(input));
  for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(vtimezone);
  }
  const amsterdam = ICAL.TimezoneService.get("Europe/Amsterdam");
  const masters = new Map();
  const overrides = [];
  for (const component of calendar.getAllSubcomponents("vevent")) {
    const event = new ICAL.Event(component);
    if (event.isRecurrenceException()) overrides.push(event);
    else masters.set(event.uid, event);
  }
  for (const override of overrides) {
    const master = masters.get(override.uid);
    if (master) master.relateException(override);
  }
  const result = {
    calname: calendar.getFirstPropertyValue("x-wr-calname"),
    occurrences: [],
  };
  const show = (time) =>
    time.isDate ? time.toString() : time.convertToZone(amsterdam).toString().slice(0, 16);
  for (const event of masters.values()) {
    const status = event.component.getFirstPropertyValue("status");
    if (!event.isRecurring()) {
      result.occurrences.push({
        uid: event.uid, summary: event.summary, start: show(event.startDate),
        end: event.endDate ? show(event.endDate) : null, status, sequence: event.sequence,
      });
      continue;
    }
    const iterator = event.iterator();
    let next;
    let guard = 0;
    while ((next = iterator.next()) && guard++ < 2000) {
      const details = event.getOccurrenceDetails(next);
      const item = details.item;
      result.occurrences.push({
        uid: event.uid, summary: item.summary,
        start: show(details.startDate), end: show(details.endDate),
        recurrence_id: show(details.recurrenceId),
        status: item.component.getFirstPropertyValue("status"), sequence: item.sequence,
      });
    }
  }
  process.stdout.write(JSON.stringify(result));
});
