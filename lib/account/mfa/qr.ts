import "server-only";
import QRCode from "qrcode";

/** The QR code as SVG markup, drawn on the server: no script, no data: URL, so it passes a strict CSP. */
export const qrSvg = (text: string) => QRCode.toString(text, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
