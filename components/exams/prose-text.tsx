/**
 * Text written in YAML block scalars: single line breaks are the writer's wrapping and become spaces;
 * blank lines separate paragraphs; lines starting with "-" or a digit and ")" stay on their own line.
 */
export function ProseText({ text, className = "" }: { text: string; className?: string }) {
  const paragraphs = text.trim().split(/\n\s*\n/);
  return (
    <div className={`space-y-3 ${className}`}>
      {paragraphs.map((p, i) => (
        <p key={i} className="whitespace-pre-line">
          {p.replace(/\n(?!\s*(?:[-•*]|\d+[.)]|[a-f]\)) )/g, " ")}
        </p>
      ))}
    </div>
  );
}
