// Colours of event types and entity types, shared by the views and the legend.

export const EVENT_COLORS = {
  release: '#2f7ed8', delay: '#8bbc21', founding: '#910000', join: '#1aadce', departure: '#c42525',
  appointment: '#492970', acquisition: '#f28f43', funding: '#0d9e6e', partnership: '#77a1e5',
  legal: '#a6a6a6', restructuring: '#6b4f2a',
};

export const ENTITY_COLORS = {
  Person: '#e4572e', Company: '#2f7ed8', Organization: '#17a398', Model: '#9b5de5', Product: '#f3a712',
};

export function eventColor(type) {
  return EVENT_COLORS[String(type).toLowerCase()] || '#777';
}

export function entityColor(type) {
  return ENTITY_COLORS[type] || '#777';
}

/** The ring around a selected or focused thing: no type has this colour. */
export const SELECTION_COLOR = '#0b0f19';

/** A list of entity types with their colours, for the side bars of the graph views. */
export function entityLegend() {
  const list = document.createElement('ul');
  list.className = 'legend';
  for (const [type, color] of Object.entries(ENTITY_COLORS)) {
    const item = document.createElement('li');
    const dot = document.createElement('span');
    dot.className = 'swatch';
    dot.setAttribute('aria-hidden', 'true');
    dot.style.setProperty('--swatch', color);
    item.append(dot, type);
    list.append(item);
  }
  return list;
}
