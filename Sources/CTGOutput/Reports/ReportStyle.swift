import Foundation

/// The report's look, inline so that the page needs nothing from the
/// network: sizes that read on a projector, colours dark enough to carry
/// white text (contrast ≥ 4.5:1), and a print layout for A4 landscape.
enum ReportStyle {
    /// One colour per phase, in phase order: a colour-blind-safe set
    /// (after Okabe and Ito), darkened so white text on it stays readable.
    static let phaseColors = ["#1f5fa8", "#b0471b", "#2e7d4f", "#8e3b8e", "#8a6100", "#0f6e78", "#a3364a", "#55598f"]
    /// Meetings without a phase, by kind: greys and browns, apart from the phases.
    static let kindColors = ["#3d4a52", "#6d4c41", "#4e5b31", "#5d5d5d", "#46465e"]

    /// `color` mixed with white, for backgrounds behind dark text.
    static func tint(_ color: String, amount: Double = 0.14) -> String {
        let value = Int(color.dropFirst(), radix: 16) ?? 0
        let channels = [value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff].map { channel in
            Int((Double(channel) * amount + 255 * (1 - amount)).rounded())
        }
        return "#" + channels.map { String(format: "%02x", $0) }.joined()
    }

    /// The style sheet, with one class per category (`.k0`, `.k1`…) setting its colours.
    static func css(_ categories: [ReportContent.Category]) -> String {
        let classes = categories.enumerated().map { index, category in
            ".k\(index){--c:\(category.color);--t:\(category.tint)}"
        }
        return base + classes.joined(separator: "\n") + "\n"
    }

    private static let base = """
        :root{--ink:#17202a;--muted:#4b5563;--line:#c7ccd4;--soft:#f3f4f6;--closed:#dfe3e8}
        *{box-sizing:border-box}
        html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
        body{margin:0;padding:20px 28px 40px;font:16px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",Arial,sans-serif;color:var(--ink);background:#fff}
        h1{font-size:28px;margin:0 0 2px}
        h2{font-size:22px;margin:28px 0 10px;padding-bottom:4px;border-bottom:3px solid var(--ink)}
        h3{font-size:17px;margin:14px 0 6px}
        a{color:#1f4f8a}
        .sub{margin:0 0 10px;color:var(--muted);font-size:17px}
        .facts{display:flex;flex-wrap:wrap;gap:8px 10px;margin:0;padding:0}
        .facts div{border:1px solid var(--line);border-radius:6px;padding:4px 12px;background:var(--soft)}
        .facts dt{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
        .facts dd{margin:0;font-size:18px;font-weight:600}
        .penalties{margin:8px 0 0;color:var(--muted)}
        nav ul{display:flex;flex-wrap:wrap;gap:4px 18px;list-style:none;margin:10px 0 0;padding:0;font-size:15px}
        figure{margin:0}
        svg.timeline{width:100%;height:auto;display:block;font-family:inherit}
        svg .month-label{font-size:14px;fill:var(--muted)}
        svg .row-detail{stroke-width:3px}
        svg .row-label{font-size:15px;font-weight:600;fill:var(--ink);paint-order:stroke;stroke:#fff;stroke-width:4px;stroke-linejoin:round}
        svg .row-detail{font-size:13px;font-weight:400;fill:var(--muted)}
        .legend{display:flex;flex-wrap:wrap;gap:6px 18px;list-style:none;margin:8px 0 4px;padding:0;font-size:14px}
        .legend li{display:flex;align-items:center;gap:6px}
        .swatch{display:inline-block;width:22px;height:14px;border:1px solid var(--muted);border-radius:2px}
        .swatch.closed{background:repeating-linear-gradient(135deg,var(--closed) 0 3px,#fff 3px 6px)}
        .swatch.holiday{background:#aab2bd}
        .swatch.avoided{background:#fbf0cf}
        .code{display:inline-block;min-width:1.6em;padding:0 3px;border-radius:3px;background:var(--c);color:#fff;font-weight:700;font-size:11px;line-height:1.45;text-align:center}
        .months{display:grid;grid-template-columns:repeat(auto-fill,minmax(880px,1fr));gap:6px 22px}
        .month h3{margin:10px 0 4px}
        .month h3 small{font-weight:400;color:var(--muted)}
        table{border-collapse:collapse}
        table.cal{width:100%;table-layout:fixed}
        .cal th{font-size:13px;font-weight:600;color:var(--muted);text-align:left;padding:2px 4px;border-bottom:2px solid var(--ink)}
        .cal td{vertical-align:top;border:1px solid var(--line);height:74px;padding:2px 3px;font-size:13px}
        .cal td.out{background:#fafafa;border-color:#eee}
        .cal td.off{background:var(--soft)}
        .cal td.closed{background:repeating-linear-gradient(135deg,var(--closed) 0 4px,#fff 4px 9px)}
        .cal td.weekend{background:#f7f7f9}
        .cal .day{font-weight:700;font-size:13px}
        .cal .why{display:block;font-size:11px;color:var(--muted);line-height:1.2}
        .cal ul{list-style:none;margin:2px 0 0;padding:0}
        .ev{border-left:5px solid var(--c);background:var(--t);border-radius:2px;padding:1px 3px;margin:0 0 3px;line-height:1.25}
        .ev .time{font-weight:700}
        .ev .site{display:block;color:#333d47;font-size:12px}
        .ev.moved,.ev.added{outline:2px dashed var(--ink);outline-offset:-1px}
        .ev.cancelled{--c:#6b7280;--t:#fff;border-left-style:dotted}
        .ev.cancelled del{color:var(--muted)}
        .flag{display:inline-block;font-size:10px;font-weight:700;text-transform:uppercase;letter-spacing:.03em;background:var(--ink);color:#fff;border-radius:2px;padding:0 3px}
        table.grid{font-size:13px;margin:4px 0 12px}
        .grid caption{text-align:left;font-weight:600;padding:4px 0;font-size:15px}
        .grid th,.grid td{border:1px solid var(--line);padding:3px 6px;text-align:left;vertical-align:top}
        .grid thead th{background:var(--soft);border-bottom:2px solid var(--ink)}
        .grid td.nw{white-space:nowrap}
        .grid td.n{text-align:center;min-width:3.2em}
        .grid td.n0{color:#9aa1ab}
        .grid tr:nth-child(even) th[scope=row],.grid tr:nth-child(even) td{background-color:#fafbfc}
        .grid td.heat{background:rgba(31,95,168,var(--a))!important}
        .grid .people{font-size:12px;color:#333d47}
        .grid .opt{font-style:italic}
        .lists{columns:2 560px;column-gap:32px}
        .lists article{break-inside:avoid;margin:0 0 12px}
        .lists h3{margin:8px 0 2px}
        .lists p{margin:0 0 2px;color:var(--muted);font-size:14px}
        .lists ol{margin:0;padding-left:1.6em;font-size:14px}
        .lists li{margin:1px 0}
        .lists time{font-weight:600}
        .changes li{margin:3px 0}
        footer{margin-top:30px;font-size:13px;color:var(--muted)}
        .sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
        @media print{
        @page{size:A4 landscape;margin:10mm}
        body{padding:0;font-size:12px}
        h1{font-size:22px}
        h2{font-size:17px;margin-top:14px}
        nav{display:none}
        #calendar,#partners,#rooms,#meetings{break-before:page}
        .months{grid-template-columns:1fr}
        .month{break-inside:avoid}
        .cal td{height:58px;font-size:11px}
        .ev .site{font-size:10px}
        tr,.ev{break-inside:avoid}
        a{color:inherit;text-decoration:none}
        }

        """
}
