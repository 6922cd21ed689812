/// RFC 5545 reading and writing (placeholder until the ICalendar module lands).
public enum ICalendarFormat {}
