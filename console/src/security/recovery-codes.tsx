import { useState } from 'react';

/**
 * Recovery codes, shown once (the API keeps only their hashes): listed, with copy and download,
 * until the person says they have kept them.
 */
export function RecoveryCodes(props: { codes: readonly string[]; userName: string; onDone: () => void }) {
  const [copied, setCopied] = useState<string | null>(null);
  const text = `Recovery codes for ${props.userName} (each works once):\n${props.codes.join('\n')}\n`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('Copied to the clipboard.');
    } catch {
      setCopied('The browser did not allow copying: select the codes and copy them yourself.');
    }
  };
  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `recovery-codes-${props.userName}.txt`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <div className="recovery">
      <p>
        <strong>Save these recovery codes now: they are shown only once.</strong> Each one signs you in once in place of a code from your app.
      </p>
      <ul aria-label="Recovery codes" className="codes">
        {props.codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" onClick={() => void copy()}>
          Copy recovery codes
        </button>
        <button type="button" onClick={download}>
          Download recovery codes
        </button>
        <button type="button" className="secondary" onClick={props.onDone}>
          I have saved them
        </button>
      </div>
      {copied && <p role="status">{copied}</p>}
    </div>
  );
}
