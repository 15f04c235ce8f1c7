// Reads the API's XML answers back, for tests: elements and text only (what lib/server/api/responses.ts
// writes). A repeated element becomes an array; the root's name comes back beside its fields.

type Node = string | { [name: string]: Node | Node[] };

export function readXml(text: string): { root: string; body: Record<string, unknown> } {
  const declaration = '<?xml version="1.0" encoding="UTF-8"?>\n';
  if (!text.startsWith(declaration)) throw new Error(`not an XML answer: ${text.slice(0, 80)}`);
  const parser = { text, at: declaration.length };
  const { name, value } = readElement(parser);
  if (parser.at !== text.length) throw new Error(`trailing text after </${name}>`);
  return { root: name, body: typeof value === "string" ? {} : value };
}

function readElement(p: { text: string; at: number }): { name: string; value: (Node & object) | string } {
  const open = /^<([A-Za-z][\w.-]*)>/.exec(p.text.slice(p.at));
  if (!open?.[1]) throw new Error(`expected an element at ${p.at}: ${p.text.slice(p.at, p.at + 40)}`);
  const name = open[1];
  p.at += open[0].length;
  const close = `</${name}>`;
  if (p.text.startsWith("<", p.at) && !p.text.startsWith(close, p.at)) {
    const children: Record<string, Node | Node[]> = {};
    while (!p.text.startsWith(close, p.at)) {
      const child = readElement(p);
      const previous = children[child.name];
      if (previous === undefined) children[child.name] = child.value;
      else
        children[child.name] = Array.isArray(previous) ? [...previous, child.value] : [previous, child.value];
    }
    p.at += close.length;
    return { name, value: children };
  }
  const end = p.text.indexOf(close, p.at);
  if (end === -1) throw new Error(`unclosed <${name}>`);
  const raw = p.text.slice(p.at, end);
  if (/[<>]/.test(raw)) throw new Error(`markup inside <${name}>`);
  p.at = end + close.length;
  return { name, value: raw.replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code))) };
}
