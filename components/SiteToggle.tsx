/**
 * "Enable on <host>": a real switch (role="switch", aria-checked). When managed policy forces
 * the site, the switch stays focusable but aria-disabled, and the reason is its description.
 * Props only: the caller stores the choice.
 */
import { useId } from 'preact/hooks';
import { LockIcon } from './LockIcon';

export type SiteToggleProps =
  | {
      /** The site the active tab is on. */
      host: string;
      enabled: boolean;
      /** Set when policy decides for this site: why the user cannot change it. */
      lockedReason?: string;
      onChange: (enabled: boolean) => void;
    }
  | {
      host?: undefined;
      /** Why there is no site to switch (a browser page, a new tab, ...). */
      unavailableReason: string;
    };

export function SiteToggle(props: SiteToggleProps) {
  const id = useId();
  if (props.host === undefined) {
    return (
      <div class="site-toggle unavailable">
        <p class="site-reason">{props.unavailableReason}</p>
      </div>
    );
  }
  const { host, enabled, lockedReason, onChange } = props;
  const locked = lockedReason !== undefined;
  return (
    <div class={locked ? 'site-toggle locked' : 'site-toggle'}>
      <span id={`${id}-label`} class="site-label">
        Enable on <span class="site-host">{host}</span>
      </span>
      <button
        type="button"
        role="switch"
        class="switch"
        aria-checked={enabled}
        aria-labelledby={`${id}-label`}
        aria-describedby={locked ? `${id}-reason` : undefined}
        aria-disabled={locked || undefined}
        onClick={() => {
          if (!locked) onChange(!enabled);
        }}
      >
        <span class="switch-thumb" aria-hidden="true" />
      </button>
      {locked && (
        <p id={`${id}-reason`} class="site-reason">
          <LockIcon />
          {lockedReason}
        </p>
      )}
    </div>
  );
}
