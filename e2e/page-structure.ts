/**
 * In the page: a short hash of its structure, which is what axe's rules read: every element with
 * its attributes (roles, names, ids, classes, `data-rating` and so its colours) and where there is
 * text, but not the text itself, nor the scripts (React's payload carries the response's CSP nonce,
 * so no two loads of a page were alike). The same page showing other figures, dates or commentary
 * has been checked; one with an error summary, a banner or another card has not. Runs in the
 * browser: it may use nothing from outside.
 */
export function pageStructure(): string {
  let shape = '';
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child instanceof Element) {
        if (child.tagName === 'SCRIPT') continue;
        shape += `<${child.tagName}`;
        for (const attribute of Array.from(child.attributes)) if (attribute.name !== 'nonce') shape += ` ${attribute.name}=${attribute.value}`;
        shape += '>';
        walk(child);
        shape += '/>';
      } else if (child.nodeType === Node.TEXT_NODE && child.textContent?.trim()) {
        shape += '#';
      }
    }
  };
  walk(document.documentElement);
  let hash = 0;
  for (let i = 0; i < shape.length; i += 1) hash = (hash * 31 + shape.charCodeAt(i)) | 0;
  return `${shape.length}:${hash}`;
}
